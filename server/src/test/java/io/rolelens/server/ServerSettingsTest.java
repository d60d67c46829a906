package io.rolelens.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServerSettingsTest {

  @Test
  void defaultsToLoopbackPort7070OneMegabyteNoTokenAndOneThreadPerCpu() {
    ServerSettings s = ServerSettings.builder().build();
    assertThat(s.host()).isEqualTo("127.0.0.1");
    assertThat(s.port()).isEqualTo(7070);
    assertThat(s.maxBodyBytes()).isEqualTo(1_048_576);
    assertThat(s.requiresToken()).isFalse();
    assertThat(s.isLoopback()).isTrue();
    assertThat(s.cacheSize()).isPositive();
    assertThat(s.threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
  }

  @Test
  void knowsLoopbackFromOtherAddresses() {
    assertThat(ServerSettings.builder().host("localhost").build().isLoopback()).isTrue();
    assertThat(ServerSettings.builder().host("::1").build().isLoopback()).isTrue();
    assertThat(ServerSettings.builder().host("0.0.0.0").build().isLoopback()).isFalse();
    assertThat(ServerSettings.builder().host("192.168.1.5").build().isLoopback()).isFalse();
  }

  @Test
  void rejectsBadValuesNamingThem() {
    assertThatThrownBy(() -> ServerSettings.builder().port(70_000).build())
        .hasMessageContaining("port")
        .hasMessageContaining("70000");
    assertThatThrownBy(() -> ServerSettings.builder().maxBodyBytes(0).build())
        .hasMessageContaining("maxBodyBytes");
    assertThatThrownBy(() -> ServerSettings.builder().cacheSize(-1).build())
        .hasMessageContaining("cacheSize");
    assertThatThrownBy(() -> ServerSettings.builder().threads(0).build())
        .hasMessageContaining("threads must be positive, was 0");
    assertThatThrownBy(
            () -> ServerSettings.builder().extensionOrigins(List.of("https://x.example")).build())
        .hasMessageContaining("chrome-extension://")
        .hasMessageContaining("https://x.example");
  }

  @Test
  void treatsABlankTokenAsNone() {
    assertThat(ServerSettings.builder().token("  ").build().requiresToken()).isFalse();
  }
}
