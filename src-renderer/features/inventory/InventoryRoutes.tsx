import { Route, Switch } from 'wouter';
import { InventoryPage } from './InventoryPage';
import { SweepPage } from './SweepPage';

/** The Inventory screen's pages, nested under `/inventory`. */
export function InventoryRoutes() {
  return (
    <Switch>
      <Route path="/sweeps/:id">{(p) => <SweepPage key={p.id} id={p.id} />}</Route>
      <Route><InventoryPage /></Route>
    </Switch>
  );
}
