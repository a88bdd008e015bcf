using CrossBorderBot.Replies;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.TestUtilities;

/// <summary>An attachment's card content as a Json.NET tree, to look inside: rendered cards are UTF-8 JSON, stamped or hand-made ones trees.</summary>
public static class CardTrees
{
    public static JObject Of(object? content) => content switch
    {
        JObject tree => tree,
        AdaptiveCardJson card => card.ToJObject(),
        null => throw new ArgumentNullException(nameof(content)),
        _ => JObject.FromObject(content),
    };
}
