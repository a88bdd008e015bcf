using CrossBorderBot.Knowledge.Search;

namespace CrossBorderBot.Knowledge.Tests.Search;

public class SnippetBuilderTests
{
    [Fact]
    public void A_long_text_is_cut_between_words_never_inside_one()
    {
        var text = string.Join(' ', Enumerable.Repeat("Germany's extended producer-responsibility registers need LUCID numbers.", 12));

        var snippet = SnippetBuilder.Build(text, [], ["LUCID"]);

        var inner = snippet.Trim('…');
        var words = text.Split(' ').ToHashSet(StringComparer.Ordinal);
        Assert.All(inner.Split(' '), word => Assert.Contains(word, words));
    }
}
