using CrossBorderBot.Knowledge.Loading;
using CrossBorderBot.Knowledge.Search;

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
