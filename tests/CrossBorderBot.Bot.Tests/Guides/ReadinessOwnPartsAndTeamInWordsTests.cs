using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Dialogs.Slots;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Tests.TestUtilities;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// Readiness answers in the seller's own words: how the products differ said by a part of making them that is the seller's
/// own (own prints, own fabric, moulds that belong to the seller, "模具是我们自己的", glazes mixed by the seller) is "own
/// design", and so are designs made for each client ("bespoke designs per order", "按客户的图纸来设计"); a part that is the
/// seller's but not the product's design (own farm, own brand) stays "some differences"; the team said in words at the
/// staff question ("just me for now", "现在就我自己在做", "me and my cousin") is its count.
/// </summary>
public sealed class ReadinessOwnPartsAndTeamInWordsTests
{
    private static readonly Lazy<KnowledgeBase> Kb = RealGuideParts.Knowledge;
    private static readonly Lazy<CrossBorderRecognizer> Recognizer = RealGuideParts.Recognizer;

    [Theory]
    [InlineData("own prints and our own linen fabric", "unique")]
    [InlineData("the moulds belong to us", "unique")]
    [InlineData("the recipe is our grandmother's", "unique")]
    [InlineData("glazes we mix ourselves", "unique")]
    [InlineData("模具是我们自己的，款式也改过", "unique")]
    [InlineData("面料是自家织的", "unique")]
    [InlineData("香方都是自己调的", "unique")]
    [InlineData("bespoke designs per order", "unique")]
    [InlineData("每款都按客户的图纸来设计", "unique")]
    [InlineData("our own farm grows the tea", "some")]
    public void A_part_of_making_the_product_that_is_the_sellers_own_is_own_design(string reply, string expected) =>
        Assert.Equal(expected, Read(reply, "product-differentiation").GetValueOrDefault("product-differentiation"));

    [Theory]
    [InlineData("just me for now", "1")]
    [InlineData("only me at the moment", "1")]
    [InlineData("现在就我自己在做", "1")]
    [InlineData("暂时只有我一个人在搞", "1")]
    [InlineData("me and my cousin", "2")]
    [InlineData("my business partner and i", "2")]
    public void The_team_said_in_words_at_the_staff_question_is_its_count(string reply, string expected) =>
        Assert.Equal(expected, Read(reply, "team-cross-border-staff").GetValueOrDefault("team-cross-border-staff"));

    private static Dictionary<string, string> Read(string text, string waiting)
    {
        var locale = CrossBorderBot.Language.LanguageDetector.ContainsCjk(text) ? "zh-CN" : "en-US";
        return new ReadinessSlotReader(new ReadinessQuestionnaire(Kb.Value), SlotVocabulary.Default)
            .Read(text, Recognizer.Value.Understand(text, locale).Entities, waiting).Read;
    }
}
