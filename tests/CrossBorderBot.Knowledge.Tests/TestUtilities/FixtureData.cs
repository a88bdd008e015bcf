using CrossBorderBot.Knowledge.Loading;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Knowledge.Search;

namespace CrossBorderBot.Knowledge.Tests.TestUtilities;

/// <summary>The small, self-contained data set in Fixtures/valid, so tests do not depend on the real data.</summary>
internal static class FixtureData
{
    private static readonly Lazy<KnowledgeBase> Valid = new(() =>
    {
        var result = new KnowledgeLoader().Load(ValidDirectory);
        return result.IsValid
            ? result.KnowledgeBase
            : throw new InvalidOperationException("Fixture data has problems:\n" + string.Join('\n', result.Problems));
    });

    private static readonly Lazy<KnowledgeSearch> ValidSearch = new(() => new KnowledgeSearch(Valid.Value));

    public static string ValidDirectory => Path.Combine(AppContext.BaseDirectory, "Fixtures", "valid");

    public static KnowledgeBase KnowledgeBase => Valid.Value;

    public static KnowledgeSearch Search => ValidSearch.Value;
}
