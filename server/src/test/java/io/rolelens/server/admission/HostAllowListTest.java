package io.rolelens.server.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HostAllowListTest {
  static final HostAllowList LIST = new HostAllowList("127.0.0.1", List.of("RoleLens.Internal"));

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      textBlock =
          """
          localhost:7070,          true
          LOCALHOST,               true
          localhost.:7070,         true
          127.0.0.1:7070,          true
          10.1.2.3,                true
          '[::1]:7070',            true
          '[fe80::1]',             true
          rolelens.internal:7070,  true
          evil.example:7070,       false
          localhost.evil.example,  false
          127.0.0.1.evil.example,  false
          1.2.3,                   false
          999.1.1.1,               false
          '',                      false
          """)
  void answersOnlyItsOwnNamesAndAddressLiterals(String host, boolean allowed) {
    assertThat(LIST.allows(host)).isEqualTo(allowed);
  }

  @ParameterizedTest
  @CsvSource({"::1, '[::1]:80'", "0.0.0.0, '0.0.0.0'", "my-laptop, 'MY-LAPTOP:7070'"})
  void answersTheBoundHostHoweverItIsWritten(String bound, String host) {
    assertThat(new HostAllowList(bound, List.of()).allows(host)).isTrue();
  }
}
