/**
 * Simplified Chinese characters that Japanese does not use (Japanese writes 這→これ, 電, 時, 産, 設,
 * 計, 護 …). Their presence in Japanese content means a Chinese sentence was left untranslated.
 * Characters shared with Japanese shinjitai (会, 国, 当, 来, 数, 点, 装, 脱 …) are deliberately absent.
 */
export const SIMPLIFIED_ONLY_CHARACTERS = [
  '这们说对质电时产设计护过还进发开关门问间为从个后东车长书买卖马鸟鱼见贝页风飞龙亚业专丝两严丽乐习乡',
  '亲仅价众优传伤侧儿兰兴养军农决况冻净减则刚创别剂剑办动务劳势华单卫厂历压厅县变叹吗听启员围图圆场坏',
  '块坚处备够头夹夺奋妇妈孙宁实宠审宽导尔尘层岛币师带帮库应废弃张弹强归录彻忆态怀总惊惯战户扑执扩扫扬',
  '扰抢报拟拥择挤换损摄摆敌无显术杀杂权极构枪标树样桥检欢毁汇汉污汤沟洁测济浓涂润涨满滚灭灵炼热牵犹狮',
  '猎环疗盐监盖盘矿码础确离种积稳穷竞笔简类纪纠红纤约级纯纱纲纳纵纸线练组细织终绍经结绕绘给络统继续维',
  '综绿缓编缘网罗罚职联聪肤肿胜胶脑脸节苏范荐药获营虑虽虾补观规视览觉订认讨让训议讯记讲许论访证评识诉',
  '词译试诗话询该详语误请诸读课谁调谈谢谱负贡财责贤败货购贯贴费贸资赏赛赞赶趋跃践轨转轮软轻载较辅辆辈',
  '边达迁运远违连迟适选递邮邻酱释钉针钟钢钥钱铁铃银链销锁锅错键闪闭闻阅队阳阴阵际陆陈险隐难雾韩顶项',
  '顺须顾顿预领频题颜额饭饮饰饱馆驱验骑鲜鸡齐齿龄龟么哪',
].join('');

const SIMPLIFIED_ONLY = new Set(SIMPLIFIED_ONLY_CHARACTERS);

/** Simplified-only characters in a text, in order. */
export function simplifiedOnlyCharacters(text: string): string[] {
  return [...text].filter((char) => SIMPLIFIED_ONLY.has(char));
}

/** Runs of Han characters (with the punctuation between them), as left by a copied source sentence. */
export function hanRuns(text: string): string[] {
  return (
    text.match(/\p{Script=Han}[\p{Script=Han}\d０-９.，、。：；！？,%％×\s]*/gu)?.map((run) => run.trim()) ??
    []
  );
}
