/**
 * A services.yaml of `count` services and a .magento.app.yaml with a relationship to each, as
 * file-chooser payloads: far more than a real project holds, for the e2e test of large inputs
 * and the benchmark (plain JavaScript, so the benchmark runs it under Node without a build).
 */
export function manyServicesFiles(count) {
  const types = ['redis:6.0', 'mysql:10.4', 'elasticsearch:7.10', 'rabbitmq:3.8'];
  let services = '';
  let relationships = '';
  for (let i = 0; i < count; i++) {
    const type = types[i % types.length];
    const endpoint = type.startsWith('mysql') ? 'mysql' : type.split(':')[0];
    services += `svc${i}:\n    type: ${type}\n`;
    relationships += `    rel${i}: "svc${i}:${endpoint}"\n`;
  }
  const app = `name: mymagento\ntype: php:8.1\ndisk: 2048\nrelationships:\n${relationships}`;
  return [
    { name: 'services.yaml', mimeType: 'text/yaml', buffer: Buffer.from(services) },
    { name: '.magento.app.yaml', mimeType: 'text/yaml', buffer: Buffer.from(app) },
  ];
}
