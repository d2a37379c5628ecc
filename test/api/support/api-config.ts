// The configuration the tests run the API with: the defaults, a known curation token and a
// fixed clock (no hidden "now").
import { DEFAULT_API_CONFIG, type ApiConfig } from '../../../src/api/config';

export const TEST_TOKEN = 'test-curation-token';
export const TEST_NOW = new Date('2025-07-15T03:00:00Z');
export const testClock = () => TEST_NOW;

export function testConfig(overrides: Partial<ApiConfig> = {}): ApiConfig {
  return { ...DEFAULT_API_CONFIG, curationToken: TEST_TOKEN, ...overrides };
}
