// Writes the blind sets (data/qa/eval-blind-*.jsonl) from their hand-written listings and defect wording, after
// checking every clean listing really is clean by the mechanical definitions.
//
//   node -r @swc-node/register bench/quality-eval/build-blind-sets.ts
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Language } from '@content-pipeline/languages';
import { type BlindListing, type DefectWording, buildBlindSet, cleanListingProblems } from './blind-set';
import { ROUND_1_LISTINGS, ROUND_1_WORDING } from './blind-round-1';
import { ROUND_2_LISTINGS, ROUND_2_WORDING } from './blind-round-2';
import { ROUND_3_LISTINGS, ROUND_3_WORDING } from './blind-round-3';
import { ROUND_4_LISTINGS, ROUND_4_WORDING } from './blind-round-4';
import { ROUND_5_LISTINGS, ROUND_5_WORDING } from './blind-round-5';
import { ROUND_6_LISTINGS, ROUND_6_WORDING } from './blind-round-6';
import { ROUND_7_LISTINGS, ROUND_7_WORDING } from './blind-round-7';
import { ROUND_8_LISTINGS, ROUND_8_WORDING } from './blind-round-8';
import { ROUND_9_LISTINGS, ROUND_9_WORDING } from './blind-round-9';
import { ROUND_10_LISTINGS, ROUND_10_WORDING } from './blind-round-10';
import { ROUND_11_LISTINGS, ROUND_11_WORDING } from './blind-round-11';
import { ROUND_12_LISTINGS, ROUND_12_WORDING } from './blind-round-12';
import { ROUND_13_LISTINGS, ROUND_13_WORDING } from './blind-round-13';
import { ROUND_14_LISTINGS, ROUND_14_WORDING } from './blind-round-14';
import { ROUND_15_LISTINGS, ROUND_15_WORDING } from './blind-round-15';
import { ROUND_16_LISTINGS, ROUND_16_WORDING } from './blind-round-16';
import { ROUND_17_LISTINGS, ROUND_17_WORDING } from './blind-round-17';
import { ROUND_18_LISTINGS, ROUND_18_WORDING } from './blind-round-18';
import { ROUND_19_LISTINGS, ROUND_19_WORDING } from './blind-round-19';
import { ROUND_20_LISTINGS, ROUND_20_WORDING } from './blind-round-20';
import { ROUND_21_LISTINGS, ROUND_21_WORDING } from './blind-round-21';
import { ROUND_22_LISTINGS, ROUND_22_WORDING } from './blind-round-22';
import { ROUND_23_LISTINGS, ROUND_23_WORDING } from './blind-round-23';
import { ROUND_24_LISTINGS, ROUND_24_WORDING } from './blind-round-24';
import { ROUND_25_LISTINGS, ROUND_25_WORDING } from './blind-round-25';
import { ROUND_26_LISTINGS, ROUND_26_WORDING } from './blind-round-26';
import { ROUND_27_LISTINGS, ROUND_27_WORDING } from './blind-round-27';
import { ROUND_28_LISTINGS, ROUND_28_WORDING } from './blind-round-28';
import { ROUND_29_LISTINGS, ROUND_29_WORDING } from './blind-round-29';
import { ROUND_30_LISTINGS, ROUND_30_WORDING } from './blind-round-30';
import { ROUND_31_LISTINGS, ROUND_31_WORDING } from './blind-round-31';
import { ROUND_32_LISTINGS, ROUND_32_WORDING } from './blind-round-32';
import { ROUND_33_LISTINGS, ROUND_33_WORDING } from './blind-round-33';
import { ROUND_34_LISTINGS, ROUND_34_WORDING } from './blind-round-34';
import { ROUND_35_LISTINGS, ROUND_35_WORDING } from './blind-round-35';
import { ROUND_36_LISTINGS, ROUND_36_WORDING } from './blind-round-36';
import { ROUND_37_LISTINGS, ROUND_37_WORDING } from './blind-round-37';
import { ROUND_38_LISTINGS, ROUND_38_WORDING } from './blind-round-38';
import { ROUND_39_LISTINGS, ROUND_39_WORDING } from './blind-round-39';
import { ROUND_40_LISTINGS, ROUND_40_WORDING } from './blind-round-40';
import { ROUND_41_LISTINGS, ROUND_41_WORDING } from './blind-round-41';
import { ROUND_42_LISTINGS, ROUND_42_WORDING } from './blind-round-42';
import { ROUND_43_LISTINGS, ROUND_43_WORDING } from './blind-round-43';
import { ROUND_44_LISTINGS, ROUND_44_WORDING } from './blind-round-44';
import { ROUND_45_LISTINGS, ROUND_45_WORDING } from './blind-round-45';
import { ROUND_46_LISTINGS, ROUND_46_WORDING } from './blind-round-46';
import { ROUND_47_LISTINGS, ROUND_47_WORDING } from './blind-round-47';
import { ROUND_48_LISTINGS, ROUND_48_WORDING } from './blind-round-48';
import { ROUND_49_LISTINGS, ROUND_49_WORDING } from './blind-round-49';
import { ROUND_50_LISTINGS, ROUND_50_WORDING } from './blind-round-50';
import { ROUND_51_LISTINGS, ROUND_51_WORDING } from './blind-round-51';
import { ROUND_52_LISTINGS, ROUND_52_WORDING } from './blind-round-52';
import { ROUND_53_LISTINGS, ROUND_53_WORDING } from './blind-round-53';
import { ROUND_54_LISTINGS, ROUND_54_WORDING } from './blind-round-54';
import { ROUND_55_LISTINGS, ROUND_55_WORDING } from './blind-round-55';
import { ROUND_56_LISTINGS, ROUND_56_WORDING } from './blind-round-56';
import { ROUND_57_LISTINGS, ROUND_57_WORDING } from './blind-round-57';
import { ROUND_58_LISTINGS, ROUND_58_WORDING } from './blind-round-58';
import { ROUND_59_LISTINGS, ROUND_59_WORDING } from './blind-round-59';
import { ROUND_60_LISTINGS, ROUND_60_WORDING } from './blind-round-60';
import { ROUND_61_LISTINGS, ROUND_61_WORDING } from './blind-round-61';
import { ROUND_62_LISTINGS, ROUND_62_WORDING } from './blind-round-62';
import { ROUND_63_LISTINGS, ROUND_63_WORDING } from './blind-round-63';
import { ROUND_64_LISTINGS, ROUND_64_WORDING } from './blind-round-64';
import { ROUND_65_LISTINGS, ROUND_65_WORDING } from './blind-round-65';
import { ROUND_66_LISTINGS, ROUND_66_WORDING } from './blind-round-66';
import { ROUND_67_LISTINGS, ROUND_67_WORDING } from './blind-round-67';
import { ROUND_68_LISTINGS, ROUND_68_WORDING } from './blind-round-68';
import { ROUND_69_LISTINGS, ROUND_69_WORDING } from './blind-round-69';
import { ROUND_70_LISTINGS, ROUND_70_WORDING } from './blind-round-70';
import { ROUND_71_LISTINGS, ROUND_71_WORDING } from './blind-round-71';
import { ROUND_72_LISTINGS, ROUND_72_WORDING } from './blind-round-72';
import { ROUND_73_LISTINGS, ROUND_73_WORDING } from './blind-round-73';
import { ROUND_74_LISTINGS, ROUND_74_WORDING } from './blind-round-74';
import { ROUND_75_LISTINGS, ROUND_75_WORDING } from './blind-round-75';
import { ROUND_76_LISTINGS, ROUND_76_WORDING } from './blind-round-76';
import { ROUND_77_LISTINGS, ROUND_77_WORDING } from './blind-round-77';
import { ROUND_78_LISTINGS, ROUND_78_WORDING } from './blind-round-78';
import { ROUND_79_LISTINGS, ROUND_79_WORDING } from './blind-round-79';
import { ROUND_80_LISTINGS, ROUND_80_WORDING } from './blind-round-80';
import { ROUND_81_LISTINGS, ROUND_81_WORDING } from './blind-round-81';
import { ROUND_82_LISTINGS, ROUND_82_WORDING } from './blind-round-82';
import { ROUND_83_LISTINGS, ROUND_83_WORDING } from './blind-round-83';
import { ROUND_84_LISTINGS, ROUND_84_WORDING } from './blind-round-84';
import { ROUND_85_LISTINGS, ROUND_85_WORDING } from './blind-round-85';
import { ROUND_86_LISTINGS, ROUND_86_WORDING } from './blind-round-86';
import { ROUND_87_LISTINGS, ROUND_87_WORDING } from './blind-round-87';
import { ROUND_88_LISTINGS, ROUND_88_WORDING } from './blind-round-88';
import { ROUND_89_LISTINGS, ROUND_89_WORDING } from './blind-round-89';
import { ROUND_90_LISTINGS, ROUND_90_WORDING } from './blind-round-90';
import { ROUND_91_LISTINGS, ROUND_91_WORDING } from './blind-round-91';
import { ROUND_92_LISTINGS, ROUND_92_WORDING } from './blind-round-92';
import { ROUND_93_LISTINGS, ROUND_93_WORDING } from './blind-round-93';
import { ROUND_94_LISTINGS, ROUND_94_WORDING } from './blind-round-94';
import { ROUND_95_LISTINGS, ROUND_95_WORDING } from './blind-round-95';
import { ROUND_96_LISTINGS, ROUND_96_WORDING } from './blind-round-96';
import { ROUND_97_LISTINGS, ROUND_97_WORDING } from './blind-round-97';
import { ROUND_98_LISTINGS, ROUND_98_WORDING } from './blind-round-98';
import { ROUND_99_LISTINGS, ROUND_99_WORDING } from './blind-round-99';
import { ROUND_100_LISTINGS, ROUND_100_WORDING } from './blind-round-100';
import { ROUND_101_LISTINGS, ROUND_101_WORDING } from './blind-round-101';
import { ROUND_102_LISTINGS, ROUND_102_WORDING } from './blind-round-102';
import { ROUND_103_LISTINGS, ROUND_103_WORDING } from './blind-round-103';
import { ROUND_104_LISTINGS, ROUND_104_WORDING } from './blind-round-104';
import { ROUND_105_LISTINGS, ROUND_105_WORDING } from './blind-round-105';
import { ROUND_106_LISTINGS, ROUND_106_WORDING } from './blind-round-106';
import { ROUND_107_LISTINGS, ROUND_107_WORDING } from './blind-round-107';
import { ROUND_108_LISTINGS, ROUND_108_WORDING } from './blind-round-108';

const OUTPUT_DIR = path.join(__dirname, '../../data/qa');

/** A round's set: `eval-blind-N.jsonl`, case ids prefixed `bN`, three artifact styles per listing from round 3 on. */
const blindRound = (
  round: number,
  listings: readonly BlindListing[],
  wording: Record<Language, DefectWording>,
  artifactsPerListing = 3,
) => ({ name: `eval-blind-${round}`, prefix: `b${round}`, listings, wording, artifactsPerListing });

const SETS = [
  blindRound(1, ROUND_1_LISTINGS, ROUND_1_WORDING, 2),
  blindRound(2, ROUND_2_LISTINGS, ROUND_2_WORDING, 2),
  blindRound(3, ROUND_3_LISTINGS, ROUND_3_WORDING),
  blindRound(4, ROUND_4_LISTINGS, ROUND_4_WORDING),
  blindRound(5, ROUND_5_LISTINGS, ROUND_5_WORDING),
  blindRound(6, ROUND_6_LISTINGS, ROUND_6_WORDING),
  blindRound(7, ROUND_7_LISTINGS, ROUND_7_WORDING),
  blindRound(8, ROUND_8_LISTINGS, ROUND_8_WORDING),
  blindRound(9, ROUND_9_LISTINGS, ROUND_9_WORDING),
  blindRound(10, ROUND_10_LISTINGS, ROUND_10_WORDING),
  blindRound(11, ROUND_11_LISTINGS, ROUND_11_WORDING),
  blindRound(12, ROUND_12_LISTINGS, ROUND_12_WORDING),
  blindRound(13, ROUND_13_LISTINGS, ROUND_13_WORDING),
  blindRound(14, ROUND_14_LISTINGS, ROUND_14_WORDING),
  blindRound(15, ROUND_15_LISTINGS, ROUND_15_WORDING),
  blindRound(16, ROUND_16_LISTINGS, ROUND_16_WORDING),
  blindRound(17, ROUND_17_LISTINGS, ROUND_17_WORDING),
  blindRound(18, ROUND_18_LISTINGS, ROUND_18_WORDING),
  blindRound(19, ROUND_19_LISTINGS, ROUND_19_WORDING),
  blindRound(20, ROUND_20_LISTINGS, ROUND_20_WORDING),
  blindRound(21, ROUND_21_LISTINGS, ROUND_21_WORDING),
  blindRound(22, ROUND_22_LISTINGS, ROUND_22_WORDING),
  blindRound(23, ROUND_23_LISTINGS, ROUND_23_WORDING),
  blindRound(24, ROUND_24_LISTINGS, ROUND_24_WORDING),
  blindRound(25, ROUND_25_LISTINGS, ROUND_25_WORDING),
  blindRound(26, ROUND_26_LISTINGS, ROUND_26_WORDING),
  blindRound(27, ROUND_27_LISTINGS, ROUND_27_WORDING),
  blindRound(28, ROUND_28_LISTINGS, ROUND_28_WORDING),
  blindRound(29, ROUND_29_LISTINGS, ROUND_29_WORDING),
  blindRound(30, ROUND_30_LISTINGS, ROUND_30_WORDING),
  blindRound(31, ROUND_31_LISTINGS, ROUND_31_WORDING),
  blindRound(32, ROUND_32_LISTINGS, ROUND_32_WORDING),
  blindRound(33, ROUND_33_LISTINGS, ROUND_33_WORDING),
  blindRound(34, ROUND_34_LISTINGS, ROUND_34_WORDING),
  blindRound(35, ROUND_35_LISTINGS, ROUND_35_WORDING),
  blindRound(36, ROUND_36_LISTINGS, ROUND_36_WORDING),
  blindRound(37, ROUND_37_LISTINGS, ROUND_37_WORDING),
  blindRound(38, ROUND_38_LISTINGS, ROUND_38_WORDING),
  blindRound(39, ROUND_39_LISTINGS, ROUND_39_WORDING),
  blindRound(40, ROUND_40_LISTINGS, ROUND_40_WORDING),
  blindRound(41, ROUND_41_LISTINGS, ROUND_41_WORDING),
  blindRound(42, ROUND_42_LISTINGS, ROUND_42_WORDING),
  blindRound(43, ROUND_43_LISTINGS, ROUND_43_WORDING),
  blindRound(44, ROUND_44_LISTINGS, ROUND_44_WORDING),
  blindRound(45, ROUND_45_LISTINGS, ROUND_45_WORDING),
  blindRound(46, ROUND_46_LISTINGS, ROUND_46_WORDING),
  blindRound(47, ROUND_47_LISTINGS, ROUND_47_WORDING),
  blindRound(48, ROUND_48_LISTINGS, ROUND_48_WORDING),
  blindRound(49, ROUND_49_LISTINGS, ROUND_49_WORDING),
  blindRound(50, ROUND_50_LISTINGS, ROUND_50_WORDING),
  blindRound(51, ROUND_51_LISTINGS, ROUND_51_WORDING),
  blindRound(52, ROUND_52_LISTINGS, ROUND_52_WORDING),
  blindRound(53, ROUND_53_LISTINGS, ROUND_53_WORDING),
  blindRound(54, ROUND_54_LISTINGS, ROUND_54_WORDING),
  blindRound(55, ROUND_55_LISTINGS, ROUND_55_WORDING),
  blindRound(56, ROUND_56_LISTINGS, ROUND_56_WORDING),
  blindRound(57, ROUND_57_LISTINGS, ROUND_57_WORDING),
  blindRound(58, ROUND_58_LISTINGS, ROUND_58_WORDING),
  blindRound(59, ROUND_59_LISTINGS, ROUND_59_WORDING),
  blindRound(60, ROUND_60_LISTINGS, ROUND_60_WORDING),
  blindRound(61, ROUND_61_LISTINGS, ROUND_61_WORDING),
  blindRound(62, ROUND_62_LISTINGS, ROUND_62_WORDING),
  blindRound(63, ROUND_63_LISTINGS, ROUND_63_WORDING),
  blindRound(64, ROUND_64_LISTINGS, ROUND_64_WORDING),
  blindRound(65, ROUND_65_LISTINGS, ROUND_65_WORDING),
  blindRound(66, ROUND_66_LISTINGS, ROUND_66_WORDING),
  blindRound(67, ROUND_67_LISTINGS, ROUND_67_WORDING),
  blindRound(68, ROUND_68_LISTINGS, ROUND_68_WORDING),
  blindRound(69, ROUND_69_LISTINGS, ROUND_69_WORDING),
  blindRound(70, ROUND_70_LISTINGS, ROUND_70_WORDING),
  blindRound(71, ROUND_71_LISTINGS, ROUND_71_WORDING),
  blindRound(72, ROUND_72_LISTINGS, ROUND_72_WORDING),
  blindRound(73, ROUND_73_LISTINGS, ROUND_73_WORDING),
  blindRound(74, ROUND_74_LISTINGS, ROUND_74_WORDING),
  blindRound(75, ROUND_75_LISTINGS, ROUND_75_WORDING),
  blindRound(76, ROUND_76_LISTINGS, ROUND_76_WORDING),
  blindRound(77, ROUND_77_LISTINGS, ROUND_77_WORDING),
  blindRound(78, ROUND_78_LISTINGS, ROUND_78_WORDING),
  blindRound(79, ROUND_79_LISTINGS, ROUND_79_WORDING),
  blindRound(80, ROUND_80_LISTINGS, ROUND_80_WORDING),
  blindRound(81, ROUND_81_LISTINGS, ROUND_81_WORDING),
  blindRound(82, ROUND_82_LISTINGS, ROUND_82_WORDING),
  blindRound(83, ROUND_83_LISTINGS, ROUND_83_WORDING),
  blindRound(84, ROUND_84_LISTINGS, ROUND_84_WORDING),
  blindRound(85, ROUND_85_LISTINGS, ROUND_85_WORDING),
  blindRound(86, ROUND_86_LISTINGS, ROUND_86_WORDING),
  blindRound(87, ROUND_87_LISTINGS, ROUND_87_WORDING),
  blindRound(88, ROUND_88_LISTINGS, ROUND_88_WORDING),
  blindRound(89, ROUND_89_LISTINGS, ROUND_89_WORDING),
  blindRound(90, ROUND_90_LISTINGS, ROUND_90_WORDING),
  blindRound(91, ROUND_91_LISTINGS, ROUND_91_WORDING),
  blindRound(92, ROUND_92_LISTINGS, ROUND_92_WORDING),
  blindRound(93, ROUND_93_LISTINGS, ROUND_93_WORDING),
  blindRound(94, ROUND_94_LISTINGS, ROUND_94_WORDING),
  blindRound(95, ROUND_95_LISTINGS, ROUND_95_WORDING),
  blindRound(96, ROUND_96_LISTINGS, ROUND_96_WORDING),
  blindRound(97, ROUND_97_LISTINGS, ROUND_97_WORDING),
  blindRound(98, ROUND_98_LISTINGS, ROUND_98_WORDING),
  blindRound(99, ROUND_99_LISTINGS, ROUND_99_WORDING),
  blindRound(100, ROUND_100_LISTINGS, ROUND_100_WORDING),
  blindRound(101, ROUND_101_LISTINGS, ROUND_101_WORDING),
  blindRound(102, ROUND_102_LISTINGS, ROUND_102_WORDING),
  blindRound(103, ROUND_103_LISTINGS, ROUND_103_WORDING),
  blindRound(104, ROUND_104_LISTINGS, ROUND_104_WORDING),
  blindRound(105, ROUND_105_LISTINGS, ROUND_105_WORDING),
  blindRound(106, ROUND_106_LISTINGS, ROUND_106_WORDING),
  blindRound(107, ROUND_107_LISTINGS, ROUND_107_WORDING),
  blindRound(108, ROUND_108_LISTINGS, ROUND_108_WORDING),
];

let failed = false;
for (const { name, prefix, listings, wording, artifactsPerListing } of SETS) {
  const problems = listings.flatMap(cleanListingProblems);
  if (problems.length) {
    console.error(problems.join('\n'));
    failed = true;
    continue;
  }
  const cases = buildBlindSet(prefix, listings, wording, artifactsPerListing);
  fs.writeFileSync(
    path.join(OUTPUT_DIR, `${name}.jsonl`),
    cases.map((c) => JSON.stringify(c)).join('\n') + '\n',
  );
  const clean = cases.filter((c) => c.expected.clean).length;
  console.log(`${name}: ${cases.length} cases (${clean} clean) from ${listings.length} listings`);
}
process.exit(failed ? 1 : 0);
