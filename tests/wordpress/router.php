<?php
// Router for PHP's built-in server in the WordPress test: what Apache's config and .htaccess do for
// Debian's WordPress multisite.
// - WordPress reads its settings from /etc/wordpress/config-ypsi-widgets-test.php (Debian's
//   wp-config.php takes the name from WORDPRESS_CONFIG), so no host's real config is touched.
// - /wp-content/ is served from the test's throwaway folder (YPSI_WP_CONTENT), not /usr/share.
// - Its variables are prefixed: WordPress runs in this same global scope.
// - A site's path is taken off wp-admin, wp-includes, wp-content and .php addresses
//   (/school/wp-admin/post.php runs /wp-admin/post.php), as WordPress's multisite rewrite rules do.
$_SERVER['WORDPRESS_CONFIG'] = 'ypsi-widgets-test';

$ypsi_path = (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH );
if ( strpos( $ypsi_path, '..' ) !== false ) {
	http_response_code( 400 );
	return true;
}
if ( preg_match( '#^/[_0-9a-zA-Z-]+(/(?:wp-(?:content|admin|includes)(?:/.*)?|[^/]+\.php))$#', $ypsi_path, $ypsi_m ) ) {
	$ypsi_path = $ypsi_m[1];
}

$ypsi_types = array( 'js' => 'text/javascript', 'css' => 'text/css', 'json' => 'application/json', 'svg' => 'image/svg+xml', 'png' => 'image/png', 'woff2' => 'font/woff2', 'txt' => 'text/plain' );
$ypsi_file  = strpos( $ypsi_path, '/wp-content/' ) === 0 ? getenv( 'YPSI_WP_CONTENT' ) . substr( $ypsi_path, strlen( '/wp-content' ) ) : $_SERVER['DOCUMENT_ROOT'] . $ypsi_path;
if ( is_dir( $ypsi_file ) ) {
	$ypsi_file  = rtrim( $ypsi_file, '/' ) . '/index.php';
	$ypsi_path  = rtrim( $ypsi_path, '/' ) . '/index.php';
}
if ( ! is_file( $ypsi_file ) ) {
	return false; // WordPress's own 404, or the main index.php for a page address
}
if ( substr( $ypsi_file, -4 ) === '.php' ) {
	$_SERVER['SCRIPT_NAME']     = $ypsi_path;
	$_SERVER['PHP_SELF']        = $ypsi_path;
	$_SERVER['SCRIPT_FILENAME'] = $ypsi_file;
	chdir( dirname( $ypsi_file ) );
	require $ypsi_file;
	return true;
}
$ypsi_extension = strtolower( pathinfo( $ypsi_file, PATHINFO_EXTENSION ) );
header( 'Content-Type: ' . ( isset( $ypsi_types[ $ypsi_extension ] ) ? $ypsi_types[ $ypsi_extension ] : 'application/octet-stream' ) );
header( 'Content-Length: ' . filesize( $ypsi_file ) );
readfile( $ypsi_file );
return true;
