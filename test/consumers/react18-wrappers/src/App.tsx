// The React wrappers: camelCase props set as the elements' properties (`resources` included, which
// React 18 would otherwise write as the attribute "[object Object]"), events as onAllyTipToggle.
import { useState } from 'react';
import { AllyCrisis, AllyResource, AllyResources, AllyTips } from 'ally-widgets/react';
import type { OwnResource } from 'ally-widgets';

const eap: OwnResource[] = [{ name: 'Acme EAP', phone: '+1 800 555 0100', href: 'https://eap.example.com/', hours: '24/7' }];

export function App() {
  const [toggled, setToggled] = useState<string[]>([]);
  return (
    <main>
      <AllyTips
        tips={['listen', 'educate']}
        headingLevel={3}
        onAllyTipToggle={(e) => setToggled((ids) => [...ids, `${e.detail.id}:${e.detail.open}`])}
      />
      <AllyCrisis variant="banner" country="US" />
      <AllyResources resources={eap} country="US" noNational onAllyResourceActivate={(e) => console.info(e.detail.channel)}>
        <AllyResource name="Beta Peer Line" phone="+1 800 555 0199" hours="9–5">
          Peer support from colleagues
        </AllyResource>
      </AllyResources>
      <output id="toggled">{toggled.join(' ')}</output>
    </main>
  );
}
