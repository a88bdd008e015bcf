using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Channels.Slack;

/// <summary>
/// Turns one reply activity into the <c>chat.postMessage</c> calls that show it: the reply model's Block Kit from
/// <c>channelData.blocks</c> when present (text = the activity's text as fallback), else the cards rendered by
/// <see cref="SlackCardFallback"/>, else the text as mrkdwn. Slack's limits are kept by splitting, never by
/// dropping content: a section over 3000 characters becomes several, and over 50 blocks become several messages.
/// </summary>
public static class SlackMessageRenderer
{
    /// <summary>Slack shows up to about 4000 characters of a message's top-level text.</summary>
    public const int MaxPlainText = 4000;

    public static IReadOnlyList<SlackOutgoingMessage> Render(IMessageActivity activity, string channel, string? threadTs)
    {
        var text = SlackMrkdwn.FromMarkdown(activity.Text);
        var blocks = BlocksFromChannelData(activity.ChannelData);
        if (blocks is not null)
        {
            // The reply model's text is plain fallback already written for Slack; keep it as it is.
            text = activity.Text ?? string.Empty;
        }
        else if (SlackCardFallback.Applies(activity))
        {
            blocks = SlackCardFallback.ToBlocks(activity);
        }
        else if (text.Length > MaxPlainText)
        {
            blocks = new JArray(SlackBlocks.Section(text));
        }

        if (blocks is null || blocks.Count == 0)
        {
            return text.Trim().Length == 0 ? [] : [new SlackOutgoingMessage(channel, text, null, threadTs)];
        }

        var messages = new List<SlackOutgoingMessage>();
        foreach (var chunk in Chunk(SplitLongSections(blocks)))
        {
            var fallback = messages.Count == 0 && text.Trim().Length > 0 ? text : FallbackText(chunk);
            messages.Add(new SlackOutgoingMessage(channel, SlackBlocks.Truncate(fallback, MaxPlainText), chunk, threadTs));
        }

        return messages;
    }

    /// <summary><c>channelData.blocks</c> as an array, whatever shape the channel data was given in.</summary>
    public static JArray? BlocksFromChannelData(object? channelData)
    {
        var data = channelData switch
        {
            null => null,
            JObject json => json,
            string json when json.TrimStart().StartsWith('{') => JObject.Parse(json),
            JToken => null,
            var other => JObject.FromObject(other),
        };
        return data?["blocks"] is JArray { Count: > 0 } blocks ? (JArray)blocks.DeepClone() : null;
    }

    /// <summary>The words of the blocks, for notifications and screen readers.</summary>
    public static string FallbackText(JArray blocks)
    {
        var text = new StringBuilder();
        foreach (var block in blocks)
        {
            var line = block.SelectToken("text.text")?.ToString()
                ?? string.Join(" ", block.SelectTokens("fields[*].text").Concat(block.SelectTokens("elements[*].text")).Select(token => token.ToString()));
            if (!string.IsNullOrWhiteSpace(line))
            {
                text.Append(line).Append('\n');
            }
        }

        return text.ToString().TrimEnd();
    }

    private static IEnumerable<JToken> SplitLongSections(JArray blocks)
    {
        foreach (var block in blocks)
        {
            if (block.Value<string>("type") == "section"
                && block["text"] is JObject { } textObject
                && textObject.Value<string>("text") is { Length: > BlockKitRenderer.MaxSectionTextChars } longText)
            {
                var pieces = SplitText(longText, BlockKitRenderer.MaxSectionTextChars).ToList();
                for (var i = 0; i < pieces.Count; i++)
                {
                    var piece = (JObject)block.DeepClone();
                    piece["text"]!["text"] = pieces[i];
                    piece.Remove("block_id");

                    // An accessory (a button beside the text) belongs with the last piece only.
                    if (i < pieces.Count - 1)
                    {
                        piece.Remove("accessory");
                    }

                    yield return piece;
                }
            }
            else
            {
                yield return block;
            }
        }
    }

    private static IEnumerable<JArray> Chunk(IEnumerable<JToken> blocks)
    {
        var chunk = new JArray();
        foreach (var block in blocks)
        {
            if (chunk.Count == BlockKitRenderer.MaxBlocksPerMessage)
            {
                yield return chunk;
                chunk = [];
            }

            chunk.Add(block);
        }

        if (chunk.Count > 0)
        {
            yield return chunk;
        }
    }

    /// <summary>Pieces of at most <paramref name="max"/> characters, cut at a paragraph, line or word break when there is one.</summary>
    public static IEnumerable<string> SplitText(string text, int max)
    {
        var rest = text;
        while (rest.Length > max)
        {
            var cut = LastBreak(rest, max, "\n\n") ?? LastBreak(rest, max, "\n") ?? LastBreak(rest, max, " ") ?? max;
            yield return rest[..cut].TrimEnd();
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0)
        {
            yield return rest;
        }
    }

    private static int? LastBreak(string text, int max, string separator)
    {
        var index = text.LastIndexOf(separator, max - 1, max, StringComparison.Ordinal);

        // A break in the first half would leave tiny pieces; cut hard instead.
        return index > max / 2 ? index : null;
    }
}
