// Base images whose containers only serve files: a final stage on one of these ships JavaScript that runs in the
// visitor's browser, so its calls are not the pod's egress. Matched on the image's last path segment.
export const STATIC_FILE_SERVERS: ReadonlySet<string> = new Set([
  "nginx",
  "nginx-unprivileged",
  "httpd",
  "apache2",
  "caddy",
  "lighttpd",
  "static-web-server",
  "darkhttpd",
  "busybox-httpd",
]);
