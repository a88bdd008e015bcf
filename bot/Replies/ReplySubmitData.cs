using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Replies;

/// <summary>The data a button sends back: <c>{ "verb": …, …data }</c>, the same on every channel.</summary>
internal static class ReplySubmitData
{
    public const string VerbKey = "verb";

    public static JObject For(ReplyAction action)
    {
        var data = new JObject();
        foreach (var (key, value) in action.Data ?? new Dictionary<string, string>())
        {
            // The verb below wins: a data entry must not be able to change which handler runs.
            if (!string.Equals(key, VerbKey, StringComparison.Ordinal))
            {
                data[key] = value;
            }
        }

        data.AddFirst(new JProperty(VerbKey, action.Verb));
        return data;
    }

    public static JObject For(ChoiceSetBlock choiceSet, ReplyChoice choice) =>
        new() { [VerbKey] = choiceSet.Verb, [ChoiceSetBlock.ValueKey] = choice.Value };
}
