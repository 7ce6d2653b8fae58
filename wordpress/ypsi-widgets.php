<?php
/**
 * Plugin Name:       ypsi-widgets
 * Description:       Help for young people and the adults around them with nudes and semi-nudes: what the law says, what can happen next, and where to get help now. Adds four blocks, and lets the widget tags through for every role.
 * Version:           0.0.0
 * Requires at least: 6.1
 * Requires PHP:      7.0
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 *
 * The widgets are JavaScript (assets/ypsi-widgets.js, the same file as the CDN build) and the blocks
 * are JavaScript too (blocks.js). The PHP below does only what JavaScript cannot do from inside a page:
 *
 * 1. Lets the widget tags and their documented attributes through WordPress's HTML filter (kses), for
 *    users without `unfiltered_html` (every role but the super admin on a multisite). Nothing else is
 *    let through; the widgets check URL attributes themselves.
 * 2. Loads the widget script (as a module) and the reserve-space styles, with their `integrity`, on
 *    pages that use a widget tag, and on no other page.
 * 3. Loads the blocks, and the widgets for their live preview, in the block editor.
 *
 * elements.json, written when the plugin is built, holds the tags and attributes (read from the
 * package's custom-elements.json) and every file's integrity, so this file lists none of them.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The tags, their attributes and the files' integrity, from elements.json. */
function ypsi_widgets_data() {
	static $data = null;
	if ( null === $data ) {
		$data = json_decode( (string) file_get_contents( __DIR__ . '/elements.json' ), true );
	}
	return $data;
}

/** 1. The widget tags and their documented attributes, for post content (context `post`). */
add_filter(
	'wp_kses_allowed_html',
	function ( $tags, $context ) {
		if ( 'post' !== $context ) {
			return $tags;
		}
		$data = ypsi_widgets_data();
		foreach ( $data['elements'] as $tag => $attributes ) {
			$tags[ $tag ] = array_fill_keys( array_merge( $attributes, $data['globalAttributes'] ), true );
		}
		return $tags;
	},
	10,
	2
);

/**
 * Registers the plugin's files. The page gets the widget script as a module (the CDN build); the block
 * editor gets the same widgets as a classic script (the CDN's classic build), which current releases
 * can copy into the editor's canvas frame as they do any other script.
 */
function ypsi_widgets_register() {
	$data    = ypsi_widgets_data();
	$version = $data['version'];
	$assets  = plugins_url( 'assets/', __FILE__ );
	wp_register_script( 'ypsi-widgets', $assets . 'ypsi-widgets.js', array(), $version, false );
	wp_register_style( 'ypsi-widgets', $assets . 'ypsi-widgets.css', array(), $version );
	wp_register_script( 'ypsi-widgets-preview', $assets . 'ypsi-widgets.classic.js', array(), $version, false );
	wp_register_script( 'ypsi-widgets-blocks', plugins_url( 'blocks.js', __FILE__ ), array( 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor' ), $version, true );
}
add_action( 'init', 'ypsi_widgets_register' );

/** The `integrity` of a file of this plugin by its URL, or '' for any other file. */
function ypsi_widgets_integrity( $url ) {
	$path = wp_parse_url( $url, PHP_URL_PATH );
	foreach ( ypsi_widgets_data()['integrity'] as $file => $hash ) {
		if ( substr( $path, -strlen( '/ypsi-widgets/' . $file ) ) === '/ypsi-widgets/' . $file ) {
			return $hash;
		}
	}
	return '';
}

/**
 * Every script of this plugin carries its integrity; the widget script is a module. WordPress 6.1 has
 * no wp_enqueue_script_module (6.5 added it), so the classic enqueue is kept and its tag rewritten;
 * current releases print the same tag. A `type` WordPress wrote (older themes get
 * type="text/javascript") is replaced.
 */
add_filter(
	'script_loader_tag',
	function ( $tag, $handle, $src ) {
		if ( 0 !== strpos( $handle, 'ypsi-widgets' ) ) {
			return $tag;
		}
		$attributes = 'integrity="' . esc_attr( ypsi_widgets_integrity( $src ) ) . '" ';
		if ( 'ypsi-widgets' === $handle ) {
			$tag        = preg_replace( '/\stype=([\'"])[^\'"]*\1/', '', $tag );
			$attributes = 'type="module" ' . $attributes;
		}
		return str_replace( '<script ', '<script ' . $attributes, $tag );
	},
	10,
	3
);

add_filter(
	'style_loader_tag',
	function ( $tag, $handle, $href ) {
		if ( 'ypsi-widgets' === $handle ) {
			$tag = str_replace( '<link ', '<link integrity="' . esc_attr( ypsi_widgets_integrity( $href ) ) . '" ', $tag );
		}
		return $tag;
	},
	10,
	3
);

/** True when the HTML holds one of the widget tags. */
function ypsi_widgets_used_in( $html ) {
	$tags = implode( '|', array_map( 'preg_quote', array_keys( ypsi_widgets_data()['elements'] ) ) );
	return is_string( $html ) && preg_match( '/<(?:' . $tags . ')[\s>\/]/i', $html );
}

function ypsi_widgets_enqueue() {
	wp_enqueue_script( 'ypsi-widgets' );
	wp_enqueue_style( 'ypsi-widgets' );
}

/**
 * 2. Pages that use a tag. The posts being shown are known before the <head> is written, so for them
 * the styles go in the <head> (no layout shift). A tag met later (a widget area, a template part)
 * still gets the script and styles, printed at the end of the page.
 */
add_action(
	'wp_enqueue_scripts',
	function () {
		global $wp_query;
		foreach ( (array) ( $wp_query ? $wp_query->posts : array() ) as $post ) {
			if ( $post instanceof WP_Post && ypsi_widgets_used_in( $post->post_content ) ) {
				ypsi_widgets_enqueue();
				return;
			}
		}
	}
);

/** A filter that passes the HTML through unchanged, enqueueing the widgets if it holds a tag. */
function ypsi_widgets_enqueue_if_used( $html ) {
	if ( ! is_admin() && ypsi_widgets_used_in( $html ) ) {
		ypsi_widgets_enqueue();
	}
	return $html;
}
add_filter( 'the_content', 'ypsi_widgets_enqueue_if_used', 99 );
add_filter( 'render_block', 'ypsi_widgets_enqueue_if_used', 99 );
add_filter( 'widget_text', 'ypsi_widgets_enqueue_if_used', 99 );

/** 3. The block editor: the blocks, and the widgets themselves inside the editor's canvas (a frame on current releases). */
add_action(
	'enqueue_block_editor_assets',
	function () {
		wp_enqueue_script( 'ypsi-widgets-blocks' );
	}
);
add_action(
	'enqueue_block_assets',
	function () {
		if ( is_admin() ) {
			wp_enqueue_script( 'ypsi-widgets-preview' );
			wp_enqueue_style( 'ypsi-widgets' );
		}
	}
);
