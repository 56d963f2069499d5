<?php
/**
 * The widgets and their attributes, as the elements define them: widgets.json, written by the build from
 * the Custom Elements Manifest and the content. Every value a shortcode, block or the settings page passes
 * to a widget is checked here against the same allowed values the element itself accepts.
 *
 * @package AllyWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The schema: `widgets` (tips, resources, crisis, guide) with their attributes, `resource` (the
 * organization's own resource), `countries` (code => English name) and `languages` (code => name).
 *
 * @return array
 */
function ally_widgets_schema() {
	static $schema = null;
	if ( null === $schema ) {
		$json   = file_get_contents( ALLY_WIDGETS_DIR . 'widgets.json' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of the plugin's own.
		$schema = is_string( $json ) ? json_decode( $json, true ) : null;
		if ( ! is_array( $schema ) || ! isset( $schema['widgets'], $schema['resource'], $schema['countries'], $schema['languages'] ) ) {
			$schema = array(
				'widgets'   => array(),
				'resource'  => array( 'attributes' => array() ),
				'countries' => array(),
				'languages' => array(),
			);
		}
	}
	return $schema;
}

/**
 * One widget's definition, or null for an unknown widget.
 *
 * @param string $key tips, resources, crisis or guide.
 * @return array|null
 */
function ally_widgets_widget( $key ) {
	$schema = ally_widgets_schema();
	return isset( $schema['widgets'][ $key ] ) ? $schema['widgets'][ $key ] : null;
}

/**
 * The values a theme attribute allows (light, dark, auto), for the settings page.
 *
 * @return string[]
 */
function ally_widgets_themes() {
	foreach ( ally_widgets_schema()['widgets'] as $widget ) {
		foreach ( $widget['attributes'] as $attribute ) {
			if ( 'theme' === $attribute['name'] && isset( $attribute['values'] ) ) {
				return $attribute['values'];
			}
		}
	}
	return array();
}

/**
 * Whether a shortcode or block value turns a boolean attribute on.
 *
 * @param mixed $value The value as given.
 * @return bool
 */
function ally_widgets_is_on( $value ) {
	if ( is_bool( $value ) ) {
		return $value;
	}
	if ( ! is_scalar( $value ) ) {
		return false;
	}
	return in_array( strtolower( trim( (string) $value ) ), array( '1', 'true', 'yes', 'on' ), true );
}

/**
 * The value to give an element's attribute, checked against its rule: a string (empty for a boolean that
 * is on), or null to leave the attribute out — the element's default — when the value is not allowed.
 *
 * @param array $rule  The attribute's definition from the schema.
 * @param mixed $value The value as a shortcode or block gave it.
 * @return string|null
 */
function ally_widgets_clean_value( array $rule, $value ) {
	if ( 'boolean' === $rule['kind'] ) {
		return ally_widgets_is_on( $value ) ? '' : null;
	}
	if ( ! is_scalar( $value ) || is_bool( $value ) ) {
		return null;
	}
	$value = trim( (string) $value );
	switch ( $rule['kind'] ) {
		case 'enum':
			$value = strtolower( $value );
			return in_array( $value, $rule['values'], true ) ? $value : null;
		case 'country':
			// Any two-letter code: the element shows a country without lines of its own the international directory.
			return preg_match( '/^[A-Za-z]{2}$/', $value ) ? strtoupper( $value ) : null;
		case 'lang':
			return preg_match( '/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/', $value ) ? $value : null;
		case 'list':
			$ids = array_map( 'trim', explode( ',', strtolower( $value ) ) );
			$ids = array_values( array_unique( array_intersect( $ids, $rule['values'] ) ) );
			return $ids ? implode( ',', $ids ) : null;
		default:
			// Text shows as text: markup is removed here, and what is left is escaped where it is printed.
			$value = sanitize_text_field( $value );
			return '' === $value ? null : mb_substr( $value, 0, 200 );
	}
}

/**
 * One of the organization's own resources, cleaned: a name (required), a web address (https, http or
 * mailto only), phone, text number, hours and description. Null when it has no name.
 *
 * @param mixed $input An array with some of those keys.
 * @return array|null
 */
function ally_widgets_clean_resource( $input ) {
	if ( ! is_array( $input ) ) {
		return null;
	}
	$text = function ( $key, $max = 200 ) use ( $input ) {
		if ( ! isset( $input[ $key ] ) || ! is_scalar( $input[ $key ] ) ) {
			return '';
		}
		return mb_substr( sanitize_text_field( (string) $input[ $key ] ), 0, $max );
	};
	$name = $text( 'name' );
	if ( '' === $name ) {
		return null;
	}
	$href = isset( $input['href'] ) && is_scalar( $input['href'] ) ? esc_url_raw( trim( (string) $input['href'] ), array( 'https', 'http', 'mailto' ) ) : '';
	$description = '';
	if ( isset( $input['description'] ) && is_scalar( $input['description'] ) ) {
		$description = mb_substr( sanitize_textarea_field( (string) $input['description'] ), 0, 1000 );
	}
	return array(
		'name'        => $name,
		'href'        => $href,
		'phone'       => $text( 'phone', 40 ),
		'sms'         => $text( 'sms', 40 ),
		'hours'       => $text( 'hours' ),
		'description' => $description,
	);
}
