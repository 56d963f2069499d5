<?php
/**
 * A block per widget (ally-widgets/tips, /resources, /crisis, /guide): its attributes are the element's,
 * edited in the block's sidebar (editor/blocks.js), and it is rendered on the server by the same
 * ally_widgets_render() as the shortcodes — in the editor's preview too.
 *
 * @package AllyWidgets
 */

defined( 'ABSPATH' ) || exit;

add_action( 'init', 'ally_widgets_register_blocks' );
add_action( 'enqueue_block_assets', 'ally_widgets_enqueue_in_editor' );

/** Registers the blocks and their editor script, which gets the schema to build each block's controls. */
function ally_widgets_register_blocks() {
	$schema = ally_widgets_schema();
	wp_register_script(
		'ally-widgets-editor',
		plugins_url( 'editor/blocks.js', ALLY_WIDGETS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render', 'wp-i18n' ),
		ALLY_WIDGETS_VERSION,
		true
	);
	wp_add_inline_script( 'ally-widgets-editor', 'window.allyWidgetsSchema = ' . wp_json_encode( $schema ) . ';', 'before' );
	foreach ( $schema['widgets'] as $key => $widget ) {
		register_block_type(
			'ally-widgets/' . $key,
			array(
				'api_version'     => 2,
				'title'           => $widget['title'],
				'description'     => $widget['description'],
				'category'        => 'widgets',
				'icon'            => 'heart',
				'keywords'        => array( 'mental health', 'crisis', 'support' ),
				'textdomain'      => 'ally-widgets',
				'attributes'      => ally_widgets_block_attributes( $widget ),
				'supports'        => array(
					'html'  => false,
					'align' => array( 'wide', 'full' ),
				),
				'editor_script'   => 'ally-widgets-editor',
				'render_callback' => function ( $attributes ) use ( $key ) {
					return ally_widgets_render_block( $key, is_array( $attributes ) ? $attributes : array() );
				},
			)
		);
	}
}

/**
 * A block's attributes: one per element attribute, by its property name (headingLevel); booleans as
 * booleans, everything else as text, empty meaning the element's default.
 *
 * @param array $widget The widget's definition.
 * @return array
 */
function ally_widgets_block_attributes( array $widget ) {
	$attributes = array();
	foreach ( $widget['attributes'] as $rule ) {
		$attributes[ $rule['block'] ] = 'boolean' === $rule['kind']
			? array(
				'type'    => 'boolean',
				'default' => false,
			)
			: array(
				'type'    => 'string',
				'default' => '',
			);
	}
	return $attributes;
}

/**
 * A block's markup: its attributes by element attribute name; attributes the block does not declare are
 * ignored.
 *
 * @param string $key        The widget.
 * @param array  $attributes The block's attributes.
 * @return string
 */
function ally_widgets_render_block( $key, array $attributes ) {
	$widget = ally_widgets_widget( $key );
	if ( ! $widget ) {
		return '';
	}
	$values = array();
	foreach ( $widget['attributes'] as $rule ) {
		if ( isset( $attributes[ $rule['block'] ] ) ) {
			$values[ $rule['name'] ] = $attributes[ $rule['block'] ];
		}
	}
	return ally_widgets_render( $key, $values, array(), get_block_wrapper_attributes() );
}

/**
 * The widgets' files in the block editor, for the previews: `enqueue_block_assets` reaches the editor's
 * iframe too (the site editor's, and the post editor's where WordPress frames it). It also fires on the
 * front end, where the files load only with a widget (assets.php).
 */
function ally_widgets_enqueue_in_editor() {
	if ( is_admin() ) {
		ally_widgets_enqueue();
	}
}
