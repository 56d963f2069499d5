<?php
/**
 * The one place that writes a widget's markup, for shortcodes and blocks alike: the element with its
 * checked, escaped attributes, the site's defaults where the page sets none, and the organization's own
 * resources as <ally-resource> children.
 *
 * @package AllyWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The markup of one widget, and its files enqueued.
 *
 * @param string $key       tips, resources, crisis or guide.
 * @param array  $values    Element attribute name (heading-level) => value as given; unknown names are ignored.
 * @param array  $resources Resources given on the page ([ally_resource]), shown after the site's own.
 * @param string $extra     Attributes WordPress adds to a block's element (its class), already escaped.
 * @return string
 */
function ally_widgets_render( $key, array $values, array $resources = array(), $extra = '' ) {
	$widget = ally_widgets_widget( $key );
	if ( ! $widget ) {
		return '';
	}
	$settings = ally_widgets_settings();
	$html     = '<' . $widget['tag'];
	foreach ( $widget['attributes'] as $rule ) {
		$name  = $rule['name'];
		$value = isset( $values[ $name ] ) ? ally_widgets_clean_value( $rule, $values[ $name ] ) : null;
		// The site's defaults (Settings → Ally Widgets) apply where the page sets no valid value.
		if ( null === $value && isset( $settings[ $name ] ) && '' !== $settings[ $name ] ) {
			$value = ally_widgets_clean_value( $rule, $settings[ $name ] );
		}
		if ( null === $value ) {
			continue;
		}
		$html .= '' === $value && 'boolean' === $rule['kind'] ? ' ' . $name : ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	if ( '' !== $extra ) {
		$html .= ' ' . $extra;
	}
	$html .= '>';
	if ( ! empty( $widget['resources'] ) ) {
		foreach ( array_merge( $settings['resources'], $resources ) as $resource ) {
			$html .= ally_widgets_render_resource( $resource );
		}
	}
	$html .= '</' . $widget['tag'] . '>';
	ally_widgets_enqueue();
	return $html;
}

/**
 * One <ally-resource>: its attributes escaped, its description as text.
 *
 * @param mixed $resource An array with name, href, phone, sms, hours and description.
 * @return string
 */
function ally_widgets_render_resource( $resource ) {
	$resource = ally_widgets_clean_resource( $resource );
	if ( ! $resource ) {
		return '';
	}
	$tag  = ally_widgets_schema()['resource']['tag'];
	$html = '<' . $tag;
	foreach ( array( 'name', 'href', 'phone', 'sms', 'hours' ) as $name ) {
		if ( '' === $resource[ $name ] ) {
			continue;
		}
		$value = 'href' === $name ? esc_url( $resource[ $name ], array( 'https', 'http', 'mailto' ) ) : esc_attr( $resource[ $name ] );
		$html .= ' ' . $name . '="' . $value . '"';
	}
	return $html . '>' . esc_html( $resource['description'] ) . '</' . $tag . '>';
}
