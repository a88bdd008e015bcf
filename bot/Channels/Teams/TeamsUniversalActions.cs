using CrossBorderBot.Channels.QuestionCards;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Channels.Teams;

/// <summary>
/// Teams' Universal Actions (<see cref="TeamsOptions.UniversalActions"/>): the stamped question buttons a Teams turn
/// sends become <c>Action.Execute</c>, so Teams replaces the card in place with the chosen option, and keep their
/// <c>Action.Submit</c> as <c>fallback</c> for clients without Universal Actions. The other card clients keep the plain
/// submit.
/// </summary>
internal static class TeamsUniversalActions
{
    /// <summary>Turns the question buttons of this turn's cards into <c>Action.Execute</c>, after they are stamped.</summary>
    public static void Use(ITurnContext turnContext) =>
        turnContext.OnSendActivities((_, activities, next) =>
        {
            foreach (var attachment in activities.SelectMany(activity => activity.Attachments ?? []))
            {
                // A rendered card is stamped in its bytes: its tree is made here, where its buttons change.
                var card = attachment.ContentType != AdaptiveCardRenderer.ContentType ? null : attachment.Content switch
                {
                    JObject tree => tree,
                    AdaptiveCardJson rendered => rendered.ToJObject(),
                    _ => null,
                };
                var changed = false;
                foreach (var action in card is null ? [] : QuestionCardStamps.QuestionActions(card))
                {
                    if (ReplySubmitData.Text(action["type"]) == QuestionCardStamps.SubmitAction && action["data"]?[QuestionCardStamps.PromptIdField] is not null)
                    {
                        action.Replace(ToExecute(action));
                        changed = true;
                    }
                }

                if (changed)
                {
                    attachment.Content = card;
                }
            }

            return next();
        });

    private static JObject ToExecute(JObject submit)
    {
        var data = (JObject)submit["data"]!.DeepClone();
        return new JObject
        {
            ["type"] = QuestionCardStamps.ExecuteAction,
            ["title"] = submit["title"]?.DeepClone(),
            ["verb"] = ReplySubmitData.Text(data["verb"]),
            ["data"] = data,
            ["fallback"] = submit.DeepClone(),
        };
    }
}
