package io.rolelens.server.admission;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The host names the server answers to, checked against each request's {@code Host} header. A web
 * page can make a browser send requests to a server on the user's own machine through a name of its
 * own that it points at 127.0.0.1 (DNS rebinding); such requests carry the page's name in {@code
 * Host}, so a server that answers only to its own names cannot be driven that way. Allowed: any IP
 * address literal (a page cannot rebind those), {@code localhost}, the host the server is bound to,
 * and the names given with {@code --allowed-host}. Thread-safe (immutable).
 */
public final class HostAllowList {
  private final Set<String> names;

  /**
   * @param boundHost the address or name the server listens on
   * @param extraNames further names the server answers to, such as a machine's DNS name
   */
  public HostAllowList(String boundHost, List<String> extraNames) {
    Set<String> set = new HashSet<>();
    set.add("localhost");
    set.add(normalize(boundHost));
    for (String name : extraNames) {
      set.add(normalize(name));
    }
    this.names = Set.copyOf(set);
  }

  /**
   * Whether a request with this {@code Host} header value (a name or address with an optional port)
   * may be answered. A missing header (HTTP/1.0) is allowed: browsers always send one.
   */
  public boolean allows(String hostHeader) {
    if (hostHeader == null) {
      return true;
    }
    String host = normalize(withoutPort(hostHeader.strip()));
    return !host.isEmpty() && (names.contains(host) || isAddressLiteral(host));
  }

  /** The host part of a {@code Host} header or of an origin's authority, without a port. */
  static String withoutPort(String authority) {
    if (authority.startsWith("[")) {
      int close = authority.indexOf(']');
      return close < 0 ? authority : authority.substring(0, close + 1);
    }
    int colon = authority.lastIndexOf(':');
    return colon < 0 ? authority : authority.substring(0, colon);
  }

  private static String normalize(String host) {
    String h = host.strip().toLowerCase(Locale.ROOT);
    if (h.endsWith(".")) {
      h = h.substring(0, h.length() - 1);
    }
    // A bare IPv6 address, as given to --host, compares in brackets as in a Host header.
    if (h.indexOf(':') >= 0 && !h.startsWith("[")) {
      h = "[" + h + "]";
    }
    return h;
  }

  /** An IPv4 dotted quad or a bracketed IPv6 address: no DNS name, so nothing to rebind. */
  static boolean isAddressLiteral(String host) {
    if (host.startsWith("[") && host.endsWith("]")) {
      String inner = host.substring(1, host.length() - 1);
      return !inner.isEmpty()
          && inner
              .chars()
              .allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.' || c == '%');
    }
    String[] parts = host.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String part : parts) {
      if (part.isEmpty()
          || part.length() > 3
          || !part.chars().allMatch(c -> c >= '0' && c <= '9')
          || Integer.parseInt(part) > 255) {
        return false;
      }
    }
    return true;
  }
}
