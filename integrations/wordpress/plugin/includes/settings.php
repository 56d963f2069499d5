<?php
/**
 * Settings → Ally Widgets: the organization's own resources (its Employee Assistance Program, say) and the
 * defaults (country, language, theme) that every widget on the site gets. One option, `ally_widgets`,
 * saved through the Settings API: options.php checks the capability and the form's nonce, and
 * ally_widgets_sanitize_settings() keeps only what the widgets accept.
 *
 * @package AllyWidgets
 */

defined( 'ABSPATH' ) || exit;

const ALLY_WIDGETS_OPTION        = 'ally_widgets';
const ALLY_WIDGETS_MAX_RESOURCES = 50;

add_action( 'admin_init', 'ally_widgets_register_setting' );
add_action( 'admin_menu', 'ally_widgets_add_settings_page' );
add_filter( 'plugin_action_links_' . plugin_basename( ALLY_WIDGETS_FILE ), 'ally_widgets_action_links' );

/**
 * The settings with nothing set.
 *
 * @return array
 */
function ally_widgets_default_settings() {
	return array(
		'country'   => '',
		'lang'      => '',
		'theme'     => '',
		'resources' => array(),
	);
}

/**
 * The site's settings, always of the right shape, whatever the database holds.
 *
 * @return array
 */
function ally_widgets_settings() {
	return ally_widgets_sanitize_settings( get_option( ALLY_WIDGETS_OPTION, array() ) );
}

/** Registers the option with the Settings API. */
function ally_widgets_register_setting() {
	register_setting(
		'ally_widgets',
		ALLY_WIDGETS_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'ally_widgets_sanitize_settings',
			'default'           => ally_widgets_default_settings(),
		)
	);
}

/**
 * Keeps only what the widgets accept: a covered country, a language with content, a known theme, and up
 * to 50 resources that have a name.
 *
 * @param mixed $input The submitted form's values, or the stored option.
 * @return array
 */
function ally_widgets_sanitize_settings( $input ) {
	$clean = ally_widgets_default_settings();
	if ( ! is_array( $input ) ) {
		return $clean;
	}
	$schema = ally_widgets_schema();
	$pick   = function ( $key, array $allowed ) use ( $input ) {
		$value = isset( $input[ $key ] ) && is_string( $input[ $key ] ) ? trim( $input[ $key ] ) : '';
		return in_array( $value, $allowed, true ) ? $value : '';
	};
	$clean['country'] = $pick( 'country', array_map( 'strval', array_keys( $schema['countries'] ) ) );
	$clean['lang']    = $pick( 'lang', array_map( 'strval', array_keys( $schema['languages'] ) ) );
	$clean['theme']   = $pick( 'theme', ally_widgets_themes() );
	if ( isset( $input['resources'] ) && is_array( $input['resources'] ) ) {
		foreach ( $input['resources'] as $resource ) {
			$resource = ally_widgets_clean_resource( $resource );
			if ( $resource ) {
				$clean['resources'][] = $resource;
			}
			if ( count( $clean['resources'] ) >= ALLY_WIDGETS_MAX_RESOURCES ) {
				break;
			}
		}
	}
	return $clean;
}

/** Settings → Ally Widgets, for those who may manage the site's options. */
function ally_widgets_add_settings_page() {
	add_options_page(
		__( 'Ally Widgets', 'ally-widgets' ),
		__( 'Ally Widgets', 'ally-widgets' ),
		'manage_options',
		'ally-widgets',
		'ally_widgets_settings_page'
	);
}

/**
 * A "Settings" link beside the plugin's name on the Plugins screen.
 *
 * @param array $links The plugin's action links.
 * @return array
 */
function ally_widgets_action_links( $links ) {
	$url = admin_url( 'options-general.php?page=ally-widgets' );
	array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'ally-widgets' ) . '</a>' );
	return $links;
}

/**
 * A labelled <select> of the settings page.
 *
 * @param string $key     The setting.
 * @param string $label   Its label.
 * @param array  $options Value => text; the empty value comes first.
 * @param string $current The value saved.
 * @param string $help    A sentence under it.
 */
function ally_widgets_select_row( $key, $label, array $options, $current, $help ) {
	$id = 'ally-widgets-' . $key;
	echo '<tr><th scope="row"><label for="' . esc_attr( $id ) . '">' . esc_html( $label ) . '</label></th><td>';
	echo '<select id="' . esc_attr( $id ) . '" name="' . esc_attr( ALLY_WIDGETS_OPTION . '[' . $key . ']' ) . '" aria-describedby="' . esc_attr( $id . '-help' ) . '">';
	foreach ( $options as $value => $text ) {
		echo '<option value="' . esc_attr( (string) $value ) . '"' . selected( (string) $value, $current, false ) . '>' . esc_html( $text ) . '</option>';
	}
	echo '</select><p class="description" id="' . esc_attr( $id . '-help' ) . '">' . esc_html( $help ) . '</p></td></tr>';
}

/**
 * One resource's fields, in a fieldset named after it.
 *
 * @param int   $index    Its place in the list, from 0.
 * @param array $resource Its saved values (empty for a new one).
 */
function ally_widgets_resource_fields( $index, array $resource ) {
	$fields = array(
		'name'        => array( __( 'Name', 'ally-widgets' ), 'text', __( 'Required. Clear it to remove this resource.', 'ally-widgets' ) ),
		'phone'       => array( __( 'Phone', 'ally-widgets' ), 'tel', '' ),
		'href'        => array( __( 'Website', 'ally-widgets' ), 'url', __( 'An https, http or mailto address.', 'ally-widgets' ) ),
		'hours'       => array( __( 'Hours', 'ally-widgets' ), 'text', __( 'When it is open, in your own words: "24/7", "Mon–Fri 9am–5pm".', 'ally-widgets' ) ),
		'description' => array( __( 'Description', 'ally-widgets' ), 'textarea', '' ),
	);
	echo '<fieldset class="ally-widgets-resource"><legend><strong>';
	/* translators: %d: the resource's number in the list. */
	echo esc_html( sprintf( __( 'Resource %d', 'ally-widgets' ), $index + 1 ) );
	echo '</strong></legend><table class="form-table" role="presentation">';
	foreach ( $fields as $key => $field ) {
		list( $label, $type, $help ) = $field;
		$id    = 'ally-widgets-resource-' . $index . '-' . $key;
		$name  = ALLY_WIDGETS_OPTION . '[resources][' . $index . '][' . $key . ']';
		$value = isset( $resource[ $key ] ) ? (string) $resource[ $key ] : '';
		$help_attr = '' === $help ? '' : ' aria-describedby="' . esc_attr( $id . '-help' ) . '"';
		echo '<tr><th scope="row"><label for="' . esc_attr( $id ) . '">' . esc_html( $label ) . '</label></th><td>';
		if ( 'textarea' === $type ) {
			echo '<textarea class="large-text" rows="2" id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '"' . $help_attr . '>' . esc_textarea( $value ) . '</textarea>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- $help_attr is escaped above.
		} else {
			$shown = 'href' === $key ? esc_url( $value, array( 'https', 'http', 'mailto' ) ) : esc_attr( $value );
			echo '<input class="regular-text" type="' . esc_attr( $type ) . '" id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '" value="' . $shown . '"' . $help_attr . '>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- both escaped above.
		}
		if ( '' !== $help ) {
			echo '<p class="description" id="' . esc_attr( $id . '-help' ) . '">' . esc_html( $help ) . '</p>';
		}
		echo '</td></tr>';
	}
	echo '</table></fieldset>';
}

/** The settings page. */
function ally_widgets_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to manage these settings.', 'ally-widgets' ), 403 );
	}
	$settings = ally_widgets_settings();
	$schema   = ally_widgets_schema();
	$themes   = array( '' => __( 'Light (the widgets’ default)', 'ally-widgets' ) );
	foreach ( ally_widgets_themes() as $theme ) {
		$themes[ $theme ] = 'auto' === $theme ? __( 'Auto: follow the reader’s light or dark setting', 'ally-widgets' ) : ucfirst( $theme );
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	echo '<p>' . esc_html__( 'What every Ally widget on this site shows, unless a page sets its own: the widgets are the [ally_tips], [ally_resources], [ally_crisis] and [ally_guide] shortcodes and the Ally blocks.', 'ally-widgets' ) . '</p>';
	echo '<form method="post" action="options.php">';
	settings_fields( 'ally_widgets' );
	echo '<h2>' . esc_html__( 'Defaults', 'ally-widgets' ) . '</h2><table class="form-table" role="presentation">';
	ally_widgets_select_row(
		'country',
		__( 'Country', 'ally-widgets' ),
		array( '' => __( 'Each reader’s own (recommended)', 'ally-widgets' ) ) + $schema['countries'],
		$settings['country'],
		__( 'Whose emergency number and crisis lines to show. Choose a country only if all your readers are there: otherwise each reader sees the lines of the country they are in.', 'ally-widgets' )
	);
	ally_widgets_select_row(
		'lang',
		__( 'Language', 'ally-widgets' ),
		array( '' => __( 'The page’s language', 'ally-widgets' ) ) + $schema['languages'],
		$settings['lang'],
		__( 'The page’s language is your site’s (Settings → General), or a page’s own. A language the widgets do not have shows English.', 'ally-widgets' )
	);
	ally_widgets_select_row( 'theme', __( 'Theme', 'ally-widgets' ), $themes, $settings['theme'], __( 'Colors that suit your pages.', 'ally-widgets' ) );
	echo '</table>';
	echo '<h2>' . esc_html__( 'Your organization’s resources', 'ally-widgets' ) . '</h2>';
	echo '<p>' . esc_html__( 'Shown first, under "From your organization", in every list of where to turn and every guide on the site: your Employee Assistance Program, say. Save to get more empty rows.', 'ally-widgets' ) . '</p>';
	$rows = $settings['resources'];
	$free = min( 2, ALLY_WIDGETS_MAX_RESOURCES - count( $rows ) );
	for ( $i = 0; $i < $free; $i++ ) {
		$rows[] = array();
	}
	foreach ( $rows as $index => $resource ) {
		ally_widgets_resource_fields( $index, $resource );
	}
	submit_button();
	echo '</form></div>';
}
