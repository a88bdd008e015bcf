using CrossBorderBot.Tests.Understanding;
using CrossBorderBot.Understanding;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>The typed recognizer result the dialogs use, and the Emulator trace shape it still produces.</summary>
[Collection(RecognizerCollection.Name)]
public sealed class RecognizedMessageTests(RecognizerFixture fixture)
{
    [Theory]
    [InlineData("ship 2.5kg of sneakers to Germany and Japan for $30")]
    [InlineData("寄3公斤玩具到英国，货值200元，包裹被海关扣了")]
    public void The_typed_result_and_the_trace_json_say_the_same(string text)
    {
        var typed = fixture.Recognizer.Understand(text, null);
        var json = fixture.Recognizer.Recognize(text, null);

        Assert.True(JToken.DeepEquals(json.Entities, typed.ToRecognizerResult().Entities));
        Assert.Equal(json.GetTopScoringIntent().intent, typed.Intent);
    }

    [Fact]
    public void Entities_come_typed_in_the_order_named()
    {
        var entities = fixture.Recognizer.Understand("ship 2.5kg of sneakers to Germany and Japan for $30", "en-US").Entities;

        Assert.Equal(["de", "jp"], entities.Countries.Select(c => c.Code));
        Assert.Equal(2.5m, Assert.Single(entities.Weights).Kilograms);
        Assert.Equal(("USD", 30m), (Assert.Single(entities.Money).Currency, entities.Money[0].Amount));
        Assert.Equal("shoes", Assert.Single(entities.Categories).Id);
    }
}
