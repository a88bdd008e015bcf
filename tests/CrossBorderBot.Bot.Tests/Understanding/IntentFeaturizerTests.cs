using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Understanding;

/// <summary>
/// The intent model's Latin-text features, exactly and in order: the classifier adds up the weights of the features in
/// the order they are given, so a change in the list (or in its order) changes the scores in their last digits.
/// </summary>
public sealed class IntentFeaturizerTests
{
    [Fact]
    public void WordsLetterGramsAndWordPairsComeOnceEachInTheOrderTheyAreMet()
    {
        // A repeated word adds nothing new; a comma ends the word pairs.
        var features = IntentFeaturizer.Features("Ship the box, ship it", []).Where(f => f[..2] is "w:" or "c:" or "b:");

        string[] expected =
            [
                "w:ship", "c:^sh", "c:shi", "c:hip", "c:ip$", "c:^shi", "c:ship", "c:hip$",
                "w:the", "c:^th", "c:the", "c:he$", "c:^the", "c:the$", "b:ship the",
                "w:box", "c:^bo", "c:box", "c:ox$", "c:^box", "c:box$", "b:the box",
                "w:it", "b:ship it",
            ];
        Assert.Equal(expected, features);
    }

    [Fact]
    public void AWordTooLongToSpellOnTheStackGivesTheSameKindsOfFeatures()
    {
        var word = new string('a', 150) + "b";
        var features = IntentFeaturizer.Features(word + " " + word, []);

        Assert.Contains("w:" + word, features);
        Assert.Contains("b:" + word + " " + word, features);
        Assert.Contains("c:^aaa", features);
        Assert.Contains("c:aab$", features);
        Assert.Contains("c:ab$", features);
        Assert.Equal(features.Count, features.Distinct().Count());
    }

    [Fact]
    public void ChineseTextGivesCharacterGrams()
    {
        var features = IntentFeaturizer.Features("发货到美国", []);

        Assert.Contains("z:发", features);
        Assert.Contains("z2:发货", features);
        Assert.Contains("z3:发货到", features);
    }
}
