using CrossBorderBot.Knowledge.Answering;
using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Tests.Answering;

/// <summary>
/// Each rule the source review corrected or added, asked as a new seller would ask it as a first message: the answer
/// states the right fact and names a source on an authority's own host (the platform's own pages for a platform's
/// fee), with the date the entry was reviewed. The questions were written from the rules' own wording before any
/// run; none of them is in the answer evaluation sets.
/// </summary>
public sealed class IssueRuleAnswerTests
{
    /// <summary>Question, the fact the answer must state (any one of the "|"-separated spellings), and whether a
    /// platform's own page is the authority (a platform's fee) rather than a government host.</summary>
    public static TheoryData<string, string, bool> Rules => new()
    {
        // Corrections
        { "What duty does Russia charge on goods bought on foreign marketplaces from July 2026?", "22 %|22%", false },
        { "How much is Amazon's Individual plan fee per item sold in the US?", "0.99", true },
        { "What is the EU €3 customs duty on low-value parcels?", "150", false },
        { "Which certificates must be eFiled with CPSC?", "eFil", false },
        { "When does the EU handling fee on e-commerce parcels start?", "November 2026|2026-11-01|11 月", false },
        { "What is TikTok Shop's referral fee in the US?", "8 %|8%", true },
        { "What is the Section 301 tariff on lithium-ion batteries from China?", "25 %|25%", false },
        { "美国对中国锂电池的301关税是多少？", "25", false },
        // Missing rules
        { "What is the UFLPA rebuttable presumption?", "presumption", false },
        { "When does the EU Packaging and Packaging Waste Regulation apply?", "12 August 2026|2026-08-12", false },
        { "What does the Digital Services Act require marketplaces to check about traders?", "trader", false },
        { "What is the FCC rule on bad test labs?", "lab", false },
        { "What does the new EU Toy Safety Regulation 2025/2509 require?", "2025/2509", false },
        { "What is the UK Product Regulation and Metrology Act 2025?", "Product Regulation and Metrology Act", false },
        { "What must platforms report to the tax authority under State Council Decree No. 810?", "income|收入", false },
        { "国务院令第810号要求平台报送什么？", "收入", false },
        { "What tariff does Mexico apply to Chinese goods from January 2026?", "2026", false },
        { "What changes to China's export VAT rebate in 2026?", "rebate|退税", false },
        { "When do EU battery due diligence obligations apply?", "2027", false },

        // Reached once the entries carry the names sellers use: the informal-entry rule is named "informal entry" (the
        // glossary term alone was named before), and "PMK 4/2025" names the regulation's own entry, not the goods term.
        { "What is the informal entry limit for US imports of goods under Section 301 tariffs?", "2,500|2500", false },
        { "What does Indonesia's PMK 4/2025 change for e-commerce shipments?", "4/2025", false },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void The_rule_is_answered_with_its_fact_and_an_authoritative_dated_source(string question, string fact, bool platformRule)
    {
        var answer = RealAnswerer.Ask(question);

        Assert.True(answer.Answered, $"not answered: {question}");
        var shown = string.Join('\n', new[] { answer.Title, answer.Text }.Concat(answer.More));
        Assert.True(fact.Split('|').Any(f => shown.Contains(f, StringComparison.OrdinalIgnoreCase)),
            $"'{question}' → {answer.Entries.FirstOrDefault()} does not state {fact}: {answer.Lead}");
        var authority = platformRule ? SourceHostKind.PlatformOrCarrier : SourceHostKind.Official;
        var cited = answer.Sources.Where(s => Kind(s) == authority).ToList();
        Assert.True(cited.Count > 0, $"'{question}' → no {authority} source among: {string.Join("; ", answer.Sources.Select(s => s.Url))}");
        Assert.Contains(cited, s => s.Reviewed is not null);
    }

    private static SourceHostKind Kind(AnswerSource source) =>
        RealAnswerer.KnowledgeBase.SourceHosts.Classify(new Source { Id = "answer", Title = source.Title, Publisher = source.Publisher ?? string.Empty, Url = source.Url ?? string.Empty });
}
