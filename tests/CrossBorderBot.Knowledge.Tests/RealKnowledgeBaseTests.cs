using CrossBorderBot.Knowledge.Loading;
using CrossBorderBot.Knowledge.Search;
using CrossBorderBot.Knowledge.Tests.TestUtilities;

namespace CrossBorderBot.Knowledge.Tests;

/// <summary>The real data in knowledge/data (copied next to the app): no problems, and the minimum content.</summary>
public class RealKnowledgeBaseTests
{
    private static readonly Lazy<KnowledgeLoadResult> Result = new(() => new KnowledgeLoader().LoadDefault());

    [Fact]
    public void Real_data_has_no_problems()
    {
        Assert.True(Result.Value.IsValid, string.Join(Environment.NewLine, Result.Value.Problems));
    }

    [Fact]
    public void Source_titles_and_publishers_are_citations_not_remarks_about_the_copy_at_hand()
    {
        // Every answer lists "title — publisher": a note on what the editors' copy lacks means nothing to a seller.
        var remark = new System.Text.RegularExpressions.Regex(@"available text|descriptive title|not stated|title line|our copy", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        var offending = Result.Value.KnowledgeBase.Sources
            .SelectMany(source => new[] { (source.Id, source.Title), (source.Id, source.Publisher) })
            .Where(field => field.Item2 is { } text && remark.IsMatch(text))
            .Select(field => $"{field.Id}: {field.Item2}")
            .ToList();

        Assert.True(offending.Count == 0, string.Join('\n', offending));
    }

    [Fact]
    public void No_text_users_read_speaks_of_the_paper_or_carries_editors_notes()
    {
        var texts = UserFacingText.Of(Result.Value.KnowledgeBase).ToList();
        var offending = texts
            .SelectMany(t => new[] { (t.Path + " (en)", t.Text.En), (t.Path + " (zh-CN)", t.Text.ZhCn) })
            .Select(t => (Where: t.Item1, Phrase: UserFacingText.EditorsPhrase(t.Item2), Text: t.Item2))
            .Where(t => t.Phrase is not null)
            .Select(t => $"{t.Where}: \"{t.Phrase}\" in \"{t.Text}\"")
            .ToList();

        // The walk reaches the texts that matter: playbook steps, roadmap steps, platform strengths, channel summaries.
        Assert.Contains(texts, t => t.Path.StartsWith("Playbooks[", StringComparison.Ordinal) && t.Path.Contains(".Steps[", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Path.StartsWith("Readiness.", StringComparison.Ordinal) && t.Path.EndsWith(".Detail", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Path.StartsWith("Platforms[", StringComparison.Ordinal) && t.Path.Contains(".Strengths[", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Path.StartsWith("LogisticsChannels[", StringComparison.Ordinal) && t.Path.EndsWith(".Summary", StringComparison.Ordinal));
        Assert.True(offending.Count == 0, $"{offending.Count} texts users read speak of the paper or carry editors' notes:\n" + string.Join('\n', offending));
    }

    [Fact]
    public void Real_data_has_the_minimum_content()
    {
        var kb = Result.Value.KnowledgeBase;

        Assert.True(kb.Platforms.Count >= 24, $"platforms: {kb.Platforms.Count}");
        Assert.True(kb.LogisticsChannels.Count >= 10, $"logistics channels: {kb.LogisticsChannels.Count}");
        Assert.True(kb.Markets.Count >= 24, $"markets: {kb.Markets.Count}");
        Assert.True(kb.Compliance.Count >= 40, $"compliance items: {kb.Compliance.Count}");
        Assert.True(kb.Playbooks.Count >= 16, $"playbooks: {kb.Playbooks.Count}");
        Assert.True(kb.Glossary.Count >= 80, $"glossary terms: {kb.Glossary.Count}");
    }

    [Fact]
    public void Real_exchange_rates_cover_the_market_currencies()
    {
        var rates = Result.Value.KnowledgeBase.ExchangeRates;

        Assert.All(["USD", "EUR", "GBP", "CNY", "JPY", "CAD", "MXN", "BRL", "KRW", "AUD", "IDR", "SAR", "AED", "RUB"], c => Assert.True(rates.Knows(c), c));
        Assert.True(rates.Approximate);
    }

    [Theory]
    [InlineData("de minimis")]
    [InlineData("IOSS")]
    [InlineData("海外仓")]
    public void Real_index_answers_common_questions(string query)
    {
        using var search = new KnowledgeSearch(Result.Value.KnowledgeBase);

        Assert.NotEmpty(search.Search(query));
    }
}
