/**
 * `npm run synth` / `npx cdk deploy --all`: the core stack and one stack per tenant of
 * config/tenants.json, with the settings of config/deployment.json, checked by cdk-nag's AwsSolutions
 * rules. Env-agnostic: synth needs no credentials.
 */
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { buildLaporAmanApp, loadDeployment, loadTenants } from './lapor-aman-app.js';

const app = new App();
buildLaporAmanApp(app, { tenants: loadTenants(), deployment: loadDeployment() });
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
app.synth();
