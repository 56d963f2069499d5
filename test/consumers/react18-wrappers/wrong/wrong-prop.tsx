// Copied into src/ by the test after the app has built: tsc must fail on it.
// expect: Type 'string' is not assignable to type 'readonly OwnResource[]'
import { AllyResources } from 'ally-widgets/react';

export const Wrong = () => <AllyResources resources="Acme EAP" />;
