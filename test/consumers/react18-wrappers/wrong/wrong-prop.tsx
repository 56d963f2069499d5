// Copied into src/, beside the app, by the test: the type-check must fail here, with this error.
// expect: Type 'string' is not assignable to type 'readonly OwnResource[]'
import { AllyResources } from 'ally-widgets/react';

export const Wrong = () => <AllyResources resources="Acme EAP" />;
