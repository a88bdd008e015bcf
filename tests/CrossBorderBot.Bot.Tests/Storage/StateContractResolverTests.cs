using CrossBorderBot.Answers;
using CrossBorderBot.Conversation;
using CrossBorderBot.Storage;

namespace CrossBorderBot.Tests.Storage;

/// <summary>
/// A state member marked once, with System.Text.Json's "left out when null", is left out by Json.NET's state serializer
/// too, so the SDK's path writes the same document as the bot's own codec.
/// </summary>
public sealed class StateContractResolverTests
{
    [Fact]
    public void Json_net_leaves_out_the_null_members_marked_for_system_text_json_and_keeps_the_other_nulls()
    {
        var profile = BotStateJson.Serialize(new ConversationProfile { Welcomed = true }, BotStateJson.CreateStoreSerializer());
        var question = BotStateJson.Serialize(new LastAnsweredQuestion { Question = "vat?", Language = "en" }, BotStateJson.CreateSerializer());

        Assert.Equal("""{"$type":"CrossBorderBot.Conversation.ConversationProfile, CrossBorderBot","Welcomed":true,"Language":null}""", profile);
        Assert.DoesNotContain("Title", question, StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_that_is_set_is_written()
    {
        var profile = BotStateJson.Serialize(new ConversationProfile { PlaceMessage = "to germany", AskedAside = true }, BotStateJson.CreateStoreSerializer());

        Assert.Contains("\"PlaceMessage\":\"to germany\"", profile, StringComparison.Ordinal);
        Assert.Contains("\"AskedAside\":true", profile, StringComparison.Ordinal);
        Assert.DoesNotContain("RecalledPlan", profile, StringComparison.Ordinal);
    }
}
