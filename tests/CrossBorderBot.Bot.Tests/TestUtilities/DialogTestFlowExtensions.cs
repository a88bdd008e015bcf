using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.TestUtilities;

/// <summary>Conversation scripts as tables: lines starting with "> " are the user's, the others the bot's replies in order.</summary>
public static class DialogTestFlowExtensions
{
    public static TestFlow Script(this TestFlow flow, params string[] lines)
    {
        foreach (var line in lines)
        {
            flow = line.StartsWith("> ", StringComparison.Ordinal)
                ? flow.Send(line[2..])
                : flow.AssertReply(line);
        }

        return flow;
    }

    /// <summary>Sends what an Adaptive Card Action.Submit sends: no text, the button's data as the value.</summary>
    public static Activity CardSubmit(this TestAdapter adapter, string value, string verb = "choose")
    {
        var activity = adapter.MakeActivity();
        activity.Value = new JObject { ["verb"] = verb, ["value"] = value };
        return activity;
    }

    /// <summary>The Adaptive Card attached to a reply.</summary>
    public static JObject Card(this IActivity activity) =>
        CardTrees.Of(((IMessageActivity)activity).Attachments.Single(a => a.ContentType == "application/vnd.microsoft.card.adaptive").Content);
}
