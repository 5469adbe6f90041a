import { Route, Switch } from 'wouter';
import { ErgonomicsPage } from './ErgonomicsPage';
import { NewAssessmentPage } from './NewAssessmentPage';
import { AssessmentPage } from './AssessmentPage';
import { AssessmentReport } from './AssessmentReport';
import { AssessmentsReport } from './AssessmentsReport';
import { ComparePage } from './ComparePage';
import { ErgonomicsHelp } from './ErgonomicsHelp';
import './ergonomics.css';

/** The screens behind the sidebar's Ergonomics entry. */
export function ErgonomicsRoutes() {
  return (
    <Switch>
      <Route path="/ergonomics/new"><NewAssessmentPage /></Route>
      <Route path="/ergonomics/report"><AssessmentsReport /></Route>
      <Route path="/ergonomics/help"><ErgonomicsHelp /></Route>
      <Route path="/ergonomics/:id/report">{(p) => <AssessmentReport id={p.id} />}</Route>
      <Route path="/ergonomics/:id/compare">{(p) => <ComparePage id={p.id} />}</Route>
      <Route path="/ergonomics/:id">{(p) => <AssessmentPage id={p.id} />}</Route>
      <Route><ErgonomicsPage /></Route>
    </Switch>
  );
}
