/** RoleLens highlight server: the API the browser extension calls and the paste-a-posting page. */
package io.rolelens.server;
