// The deadline parser's chrono configuration: the Vietnamese locale in strict mode (casual
// reads "trước ngày" as "yesterday"), trimmed to the parsers that read calendar dates, plus one
// parser per Vietnamese administrative format and our refiners, in order.
import type { Parser, ParsingContext } from 'chrono-node';
import * as vi from 'chrono-node/vi';
import { TAG } from './constants';
import { patternIfTextHas } from './parsers/vn-result';
import { VNBareMonthYearParser } from './parsers/VNBareMonthYearParser';
import { VNDashDayParser } from './parsers/VNDashDayParser';
import { VNFirstMonthsOfYearParser } from './parsers/VNFirstMonthsOfYearParser';
import { VNHolidayParser } from './parsers/VNHolidayParser';
import { VNMonthParser } from './parsers/VNMonthParser';
import { VNQuarterParser } from './parsers/VNQuarterParser';
import { VNTetParser } from './parsers/VNTetParser';
import { VNYearEndParser } from './parsers/VNYearEndParser';
import { VNYearParser } from './parsers/VNYearParser';
import { VNOverlapRefiner } from './refiners/VNOverlapRefiner';
import { VNRecurringRefiner } from './refiners/VNRecurringRefiner';
import { VNRelationRefiner } from './refiners/VNRelationRefiner';
import { VNThisYearRefiner } from './refiners/VNThisYearRefiner';
import { VNTrapFilterRefiner } from './refiners/VNTrapFilterRefiner';

/**
 * chrono's parsers we keep: full dates ("30/6/2025", "10-11-2022", "2025-06-30", "ngày 15 tháng 3").
 * Dropped: VIMonthYearParser and VIYearParser (replaced by ours, which know "tháng 01/2024" and
 * Unicode word edges), times, weekdays and relative durations ("trong 3 ngày" has no anchor we trust).
 */
type Configuration = ReturnType<typeof vi.createConfiguration>;

const KEPT_CHRONO_PARSERS = new Set(['ISOFormatParser', 'SlashDateFormatParser', 'VIStandardParser']);

// What every match of each kept chrono parser holds (its own pattern's characters, flags and
// case): a paragraph without it is not run through the pattern (see patternIfTextHas).
const CHRONO_KEYWORDS: Readonly<Record<string, RegExp>> = {
  ISOFormatParser: /[0-9]-[0-9]/, // "2025-06-30"
  SlashDateFormatParser: /[0-9][/.-][0-9]/, // "30/6", "30.6", "30-6"
  VIStandardParser: /tháng/i, // "15 tháng 3"
};

/** Tags every result of a chrono parser with the parser's name, our rule id. */
function withRuleId(parser: Parser): Parser {
  const name = parser.constructor.name;
  const ruleId = `chrono/${name}`;
  const keyword = CHRONO_KEYWORDS[name];
  return {
    pattern: (context: ParsingContext) => (keyword ? patternIfTextHas(context, keyword, parser.pattern(context)) : parser.pattern(context)),
    extract: (context: ParsingContext, match: RegExpMatchArray) => {
      const extracted = parser.extract(context, match);
      if (extracted == null) return null; // chrono parsers return null or undefined for "no match"
      const components = 'tags' in extracted ? extracted : context.createParsingComponents(extracted);
      return components.addTag(TAG.rule + ruleId);
    },
  };
}

export function createDeadlineConfiguration(): Configuration {
  const base = vi.createConfiguration(true);
  const seen = new Set<string>();
  const chronoParsers = base.parsers.filter((parser) => {
    const name = parser.constructor.name;
    if (!KEPT_CHRONO_PARSERS.has(name) || seen.has(name)) return false;
    seen.add(name);
    return true;
  });
  return {
    parsers: [
      ...chronoParsers.map(withRuleId),
      new VNDashDayParser(),
      new VNMonthParser(),
      new VNBareMonthYearParser(),
      new VNQuarterParser(),
      new VNFirstMonthsOfYearParser(),
      new VNYearEndParser(),
      new VNYearParser(),
      new VNTetParser(),
      new VNHolidayParser(),
    ],
    refiners: [
      ...base.refiners,
      new VNTrapFilterRefiner(),
      new VNThisYearRefiner(),
      new VNRelationRefiner(),
      new VNRecurringRefiner(),
      new VNOverlapRefiner(),
    ],
  };
}
