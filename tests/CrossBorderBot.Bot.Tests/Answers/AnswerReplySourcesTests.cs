using CrossBorderBot.Answers;
using CrossBorderBot.Knowledge.Answering;
using CrossBorderBot.Language;
using CrossBorderBot.Replies;

namespace CrossBorderBot.Tests.Answers;

/// <summary>
/// Each reply lists the sources of its own text: the answer the sources of its lead and details, "More…" only the
/// sources of the lines it shows (a comparison's rest may come from one side only).
/// </summary>
public sealed class AnswerReplySourcesTests
{
    private static readonly AnswerSource Amazon = new("Amazon fees", "Amazon", null, new DateOnly(2026, 11, 26));
    private static readonly AnswerSource Ebay = new("eBay fees", "eBay", null, new DateOnly(2026, 11, 26));

    private static KnowledgeAnswer Comparison() => new()
    {
        Answered = true,
        Language = "en",
        Analysis = new QuestionAnalysis { Text = "Amazon vs eBay", Language = "en", Entities = [], Kind = QuestionKind.Comparison },
        Title = "Amazon vs eBay",
        Lead = "Amazon compared with eBay:",
        Details = ["Amazon: …", "eBay: …"],
        More = ["Amazon strength"],
        Sources = [Amazon, Ebay],
        MoreSources = [Amazon],
    };

    [Fact]
    public void The_answer_cites_both_sides_and_its_rest_only_the_side_the_rest_came_from()
    {
        var answer = Assert.IsType<AnswerBlock>(AnswerReply.For(Comparison()).Blocks.Single());
        var rest = Assert.IsType<AnswerBlock>(AnswerReply.Rest(Comparison()).Blocks.Single());

        Assert.Equal(["Amazon fees", "eBay fees"], answer.Sources.Select(s => s.Title));
        Assert.Equal(["Amazon fees"], rest.Sources.Select(s => s.Title));
        Assert.Equal(["Amazon strength"], rest.Details);
    }

    [Fact]
    public void An_explained_reply_cites_what_it_quotes_and_one_that_quotes_nothing_stays_a_paragraph()
    {
        var quoting = Assert.IsType<AnswerBlock>(AnswerReply.Explained(BotLanguage.English, "I don't have that figure for eBay yet. What I do hold: …", [Ebay]).Blocks.Single());
        var plain = AnswerReply.Explained(BotLanguage.English, "My record of Korea's rule starts on 2020-01-01.").Blocks.Single();

        Assert.Equal(["eBay fees"], quoting.Sources.Select(s => s.Title));
        Assert.StartsWith("I don't have that figure", quoting.Lead, StringComparison.Ordinal);
        Assert.IsType<ParagraphBlock>(plain);
    }
}
