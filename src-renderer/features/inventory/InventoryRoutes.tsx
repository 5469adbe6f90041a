import { Route, Switch } from 'wouter';
import { InventoryPage } from './InventoryPage';
import { SweepPage } from './SweepPage';
import { SweepReport } from './SweepReport';
import { UnknownTagsPage } from './UnknownTagsPage';
import { CampaignPage } from './CampaignPage';

/** The Inventory screen's pages, nested under `/inventory`. */
export function InventoryRoutes() {
  return (
    <Switch>
      <Route path="/sweeps/:id/report">{(p) => <SweepReport id={p.id} />}</Route>
      <Route path="/unknown-tags"><UnknownTagsPage /></Route>
      <Route path="/campaigns/:id">{(p) => <CampaignPage id={p.id} />}</Route>
      <Route path="/sweeps/:id">{(p) => <SweepPage key={p.id} id={p.id} />}</Route>
      <Route><InventoryPage /></Route>
    </Switch>
  );
}
