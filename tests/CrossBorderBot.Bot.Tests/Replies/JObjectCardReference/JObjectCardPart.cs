using CrossBorderBot.Replies;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.Replies.JObjectCardReference;

/// <summary>
/// What one reply block renders to: card body elements and the buttons it wants in an action bar. The renderer
/// decides where the buttons go and measures parts to know which block to shorten.
/// </summary>
internal sealed class JObjectCardPart(ReplyWords words, bool inputs, HashSet<string> inputIds)
{
    public List<JObject> Body { get; } = [];

    public List<JObject> Actions { get; } = [];

    public ReplyWords Words { get; } = words;

    /// <summary>False for hosts that cannot fill in inputs (the terminal).</summary>
    public bool Inputs { get; } = inputs;

    /// <summary>The ids already taken by inputs of this card.</summary>
    public HashSet<string> InputIds { get; } = inputIds;

    public int ByteSize() =>
        Body.Sum(element => JObjectCardRenderer.ByteSize(element)) + Actions.Sum(action => JObjectCardRenderer.ByteSize(action));

    /// <summary>A bold line over a block's content, when the block has a title.</summary>
    public void AddTitle(string? title)
    {
        if (!string.IsNullOrWhiteSpace(title))
        {
            var block = JObjectCardElements.TextBlock(title);
            block["weight"] = "Bolder";
            Body.Add(block);
        }
    }

    /// <summary>The "…and N more" line for the items a size limit left out.</summary>
    public void AddLeftOut(int count, int limit)
    {
        if (count > limit)
        {
            Body.Add(JObjectCardElements.Subtle(Words.AndMore(count - limit)));
        }
    }
}
