using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Bench;

/// <summary>Builds a fixed, varied query set: entry names and terms in both languages plus free phrases.</summary>
internal static class QueryGenerator
{
    private static readonly string[] FreePhrases =
    [
        "which platform is best for selling furniture in Europe",
        "my parcel is stuck in customs what should I do",
        "how much duty do I pay on a $50 parcel to the US",
        "cheapest shipping for a 300 g phone case",
        "do I need a CE mark for toys",
        "VAT registration for Germany packaging law",
        "battery shipping rules air freight",
        "amazon account suspended appeal",
        "competitor copied my product price war",
        "customer says item not as described refund",
        "tracking number not updating for weeks",
        "trademark complaint on my listing",
        "sea freight to overseas warehouse how many days",
        "IOSS number on the label",
        "de minimis suspension 2025",
        "我的包裹被海关扣了怎么办",
        "欧洲卖家具选哪个平台好",
        "寄往美国的小包要交多少关税",
        "带电池的产品怎么发货",
        "玩具出口需要什么认证",
        "德国包装法注册",
        "店铺被封了如何申诉",
        "同质化严重价格战怎么办",
        "退货率太高",
        "物流信息一直不更新",
        "收到侵权投诉",
        "海运到海外仓需要多久",
        "跨境电商出口模式 9610 和 9710 的区别",
        "独立站和平台哪个好",
        "东南亚市场适合什么平台",
    ];

    public static IReadOnlyList<string> Generate(KnowledgeBase kb, int count, int seed = 42)
    {
        var names = new List<string>();
        names.AddRange(kb.Platforms.SelectMany(p => new[] { p.Name.En, p.Name.ZhCn }));
        names.AddRange(kb.LogisticsChannels.SelectMany(c => new[] { c.Name.En, c.Name.ZhCn }));
        names.AddRange(kb.Markets.SelectMany(m => new[] { m.Name.En + " import rules", m.Name.ZhCn + "进口规定" }));
        names.AddRange(kb.Compliance.SelectMany(c => new[] { c.Name.En, c.Name.ZhCn }));
        names.AddRange(kb.Playbooks.SelectMany(p => p.Keywords.En.Take(2).Concat(p.Keywords.ZhCn.Take(2))));
        names.AddRange(kb.Glossary.SelectMany(g => new[] { g.Term.En, g.Term.ZhCn }));

        var random = new Random(seed);
        var queries = new List<string>(count);
        var pool = names.Distinct(StringComparer.Ordinal).OrderBy(_ => random.Next()).ToList();
        var phraseShare = pool.Count == 0 ? count : Math.Min(FreePhrases.Length * 2, count / 3);
        for (var i = 0; i < count - phraseShare && pool.Count > 0; i++)
        {
            queries.Add(pool[i % pool.Count]);
        }

        for (var i = 0; queries.Count < count; i++)
        {
            queries.Add(FreePhrases[i % FreePhrases.Length]);
        }

        return queries.OrderBy(_ => random.Next()).ToList();
    }
}
