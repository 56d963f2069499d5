/* global wp */
// The Ally blocks in the editor: a sidebar control for each of the element's attributes and a preview that
// WordPress renders on the server (ServerSideRender), with the same PHP as the page. Plain
// wp.element.createElement, so the plugin needs no build step of its own. The attributes, their allowed
// values and help texts come from window.allyWidgetsSchema (widgets.json, written from the elements' manifest).
(function () {
  const { registerBlockType } = wp.blocks;
  const { createElement: el, Fragment } = wp.element;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { PanelBody, SelectControl, TextControl, ToggleControl, CheckboxControl, BaseControl } = wp.components;
  const ServerSideRender = wp.serverSideRender;
  const { __ } = wp.i18n;
  const schema = window.allyWidgetsSchema;
  if (!schema) return;

  const entries = (map) => Object.keys(map).map((value) => ({ value, label: map[value] }));
  const firstOption = {
    country: __('Each reader’s own', 'ally-widgets'),
    lang: __('The page’s language', 'ally-widgets'),
  };

  /** The control for one attribute: a toggle, a select of the allowed values, checkboxes or a text field. */
  function control(rule, value, set) {
    const common = { key: rule.name, label: rule.label, help: rule.help };
    switch (rule.kind) {
      case 'boolean':
        return el(ToggleControl, { ...common, checked: !!value, onChange: set });
      case 'enum':
        return el(SelectControl, {
          ...common,
          value: value || '',
          options: [{ value: '', label: __('Default', 'ally-widgets') }, ...rule.values.map((v) => ({ value: v, label: v }))],
          onChange: set,
        });
      case 'country':
      case 'lang':
        return el(SelectControl, {
          ...common,
          value: value || '',
          options: [
            { value: '', label: firstOption[rule.kind] },
            ...entries(rule.kind === 'country' ? schema.countries : schema.languages),
          ],
          onChange: set,
        });
      case 'list': {
        const chosen = (value || '').split(',').filter(Boolean);
        const toggle = (id, on) => set(rule.values.filter((v) => (v === id ? on : chosen.includes(v))).join(','));
        return el(
          BaseControl,
          { ...common, id: `ally-widgets-${rule.name}` },
          rule.values.map((id) =>
            el(CheckboxControl, { key: id, label: id, checked: chosen.includes(id), onChange: (on) => toggle(id, on) }),
          ),
        );
      }
      default:
        return el(TextControl, { ...common, value: value || '', onChange: set });
    }
  }

  for (const key of Object.keys(schema.widgets)) {
    const widget = schema.widgets[key];
    const name = `ally-widgets/${key}`;
    registerBlockType(name, {
      apiVersion: 2,
      title: widget.title,
      category: 'widgets',
      edit({ attributes, setAttributes }) {
        const controls = widget.attributes.map((rule) =>
          control(rule, attributes[rule.block], (value) => setAttributes({ [rule.block]: value })),
        );
        return el(
          Fragment,
          null,
          el(InspectorControls, null, el(PanelBody, { title: __('Widget settings', 'ally-widgets') }, controls)),
          el('div', useBlockProps(), el(ServerSideRender, { block: name, attributes })),
        );
      },
      // Rendered on the server: the post stores only the block's attributes.
      save: () => null,
    });
  }
})();
