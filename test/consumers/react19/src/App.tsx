// The tags themselves: `import 'ally-widgets'` registers them and types them in JSX (no declarations here).
// React 19 sets `resources` as a property (the element has one) and listens to `onally-tip-toggle`.
import { useState } from 'react';
import 'ally-widgets';
import type { OwnResource } from 'ally-widgets';

const eap: OwnResource[] = [{ name: 'Acme EAP', phone: '+1 800 555 0100', href: 'https://eap.example.com/', hours: '24/7' }];

export function App() {
  const [toggled, setToggled] = useState<string[]>([]);
  return (
    <main>
      <ally-tips
        tips="listen"
        heading-level={3}
        onally-tip-toggle={(e) => setToggled((ids) => [...ids, `${e.detail.id}:${e.detail.open}`])}
      />
      <ally-crisis variant="inline" country="US" heading-level="3" />
      <ally-resources resources={eap} country="US" no-national theme="light" />
      <output id="toggled">{toggled.join(' ')}</output>
    </main>
  );
}
