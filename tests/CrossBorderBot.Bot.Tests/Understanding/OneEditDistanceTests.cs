using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Understanding;

/// <summary>
/// The one-slip check behind typo-tolerant platform names and slot answers ("shien", "amazn", "expirienced") agrees
/// with the optimal-string-alignment distance computed in full, on every pair of short words over a small alphabet.
/// </summary>
public sealed class OneEditDistanceTests
{
    [Fact]
    public void One_slip_agrees_with_the_full_distance_on_every_pair_of_short_words()
    {
        var words = WordsUpTo(4, "abc").ToList();
        var agreeing = 0;
        var withinOne = 0;
        foreach (var a in words)
        {
            foreach (var b in words)
            {
                var expected = Distance(a, b) <= 1;
                Assert.True(expected == FuzzyNameMatcher.IsOneEditAway(a, b), $"'{a}' / '{b}': expected {expected}");
                agreeing++;
                withinOne += expected ? 1 : 0;
            }
        }

        Assert.Equal(words.Count * words.Count, agreeing);
        Assert.InRange(withinOne, words.Count, agreeing - 1);
    }

    [Theory]
    [InlineData("shien", "shein", true)]
    [InlineData("amazn", "amazon", true)]
    [InlineData("wallmart", "walmart", true)]
    [InlineData("shopfy", "shopify", true)]
    [InlineData("lazada", "lazada", true)]
    [InlineData("shopee", "shein", false)]
    [InlineData("aliexpres", "aliexpress", true)]
    [InlineData("alixepress", "aliexpress", true)]
    [InlineData("alixeprses", "aliexpress", false)]
    public void Typical_slips_are_one_edit_away(string typed, string name, bool expected) =>
        Assert.Equal(expected, FuzzyNameMatcher.IsOneEditAway(typed, name));

    private static IEnumerable<string> WordsUpTo(int length, string alphabet)
    {
        IEnumerable<string> level = [string.Empty];
        yield return string.Empty;
        for (var n = 1; n <= length; n++)
        {
            level = level.SelectMany(prefix => alphabet.Select(c => prefix + c)).ToList();
            foreach (var word in level)
            {
                yield return word;
            }
        }
    }

    // Optimal string alignment distance, the full table.
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
