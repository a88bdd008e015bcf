using System.Text.Json;

namespace CrossBorderBot.Channels.QuestionCards;

/// <summary>
/// The question buttons and question text of a card the bot rendered (<see cref="AdaptiveCardJson"/>), found by one
/// forward pass over its bytes, and the card with a stamp put into each button's data by copying those bytes: what
/// <see cref="QuestionCardStamps"/> does on a Json.NET tree of the card (<see cref="QuestionCardStamps.QuestionActions"/>,
/// the body's text blocks), without building the tree and writing it again for every card a turn sends.
/// </summary>
/// <remarks>
/// A rendered card is compact JSON that a tree writes back byte for byte, and a stamp is the tree's last property of
/// each button's data, so the stamped bytes are the tree's. Anything this pass does not read the way the tree would
/// (a scalar that is not text where text is looked for, a name given twice, a stamp already there) makes
/// <see cref="Read"/> return null, and the caller stamps the tree as before.
/// </remarks>
internal sealed class RenderedQuestionCard
{
    private static readonly byte[] StampProperty = Encoding.UTF8.GetBytes($",\"{QuestionCardStamps.PromptIdField}\":\"");

    private readonly ReadOnlyMemory<byte> _utf8;
    private readonly List<Button> _buttons;

    private RenderedQuestionCard(ReadOnlyMemory<byte> utf8, List<Button> buttons, string question)
    {
        _utf8 = utf8;
        _buttons = buttons;
        Question = question;
    }

    /// <summary>The question buttons' submitted values and titles, in the card's order (as the tree's walk finds them).</summary>
    public IEnumerable<(string Value, string? Title)> Options => _buttons.Select(button => (button.Value, (string?)button.Title));

    public bool HasQuestionButtons => _buttons.Count > 0;

    /// <summary>The texts of the body's text blocks, one a line, as the record keeps them.</summary>
    public string Question { get; }

    /// <summary>The card's bytes with <c>"promptId":<paramref name="promptId"/></c> last in every question button's data.</summary>
    public AdaptiveCardJson Stamped(string promptId)
    {
        var source = _utf8.Span;
        var stamp = StampBytes(promptId);
        var stamped = new byte[source.Length + (stamp.Length * _buttons.Count)];
        var read = 0;
        var written = 0;
        foreach (var end in _buttons.Select(button => button.DataEnd).Order())
        {
            source[read..end].CopyTo(stamped.AsSpan(written));
            written += end - read;
            stamp.CopyTo(stamped.AsSpan(written));
            written += stamp.Length;
            read = end;
        }

        source[read..].CopyTo(stamped.AsSpan(written));
        return new AdaptiveCardJson(stamped);
    }

    /// <summary>
    /// False when the bytes cannot hold a submit or execute action, so the card has no question buttons (by this pass or
    /// the tree): neither type's name is in them, and no <c>\u</c> escape, the only way JSON could spell one otherwise.
    /// A result card, the largest a turn sends, has none and is not read at all.
    /// </summary>
    public static bool MayHoldActions(ReadOnlySpan<byte> utf8) =>
        utf8.IndexOf("Action.Submit"u8) >= 0 || utf8.IndexOf("Action.Execute"u8) >= 0 || utf8.IndexOf("\\u"u8) >= 0;

    /// <summary>The card's question buttons and text; null when the card must be read as a tree instead.</summary>
    public static RenderedQuestionCard? Read(ReadOnlyMemory<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8.Span);
        var frames = new List<Frame>();
        var buttons = new List<Button>();
        var questionLines = new List<string>();
        try
        {
            while (reader.Read())
            {
                var parent = frames.Count > 0 ? frames[^1] : null;
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        frames.Add(new Frame(
                            reader.TokenType == JsonTokenType.StartObject,
                            (int)reader.TokenStartIndex,
                            parent?.IsObject == true && parent.Property == "data",
                            parent?.IsBody == true,
                            reader.TokenType == JsonTokenType.StartArray && parent?.IsObject == true && parent.Property == "body" && frames.Count == 1));
                        break;

                    case JsonTokenType.EndObject:
                        var closed = frames[^1];
                        frames.RemoveAt(frames.Count - 1);
                        if (!Close(closed, (int)reader.TokenStartIndex, frames.Count > 0 ? frames[^1] : null, buttons, questionLines))
                        {
                            return null;
                        }

                        break;

                    case JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        break;

                    case JsonTokenType.PropertyName:
                        parent!.Property = reader.GetString()!;
                        if (parent.Names.Contains(parent.Property, StringComparer.Ordinal))
                        {
                            // A name given twice: the tree keeps the last, and this pass does not follow that.
                            return null;
                        }

                        parent.Names.Add(parent.Property);
                        break;

                    default:
                        if (parent?.IsObject == true)
                        {
                            parent.Take(parent.Property!, ref reader);
                        }

                        break;
                }
            }
        }
        catch (JsonException)
        {
            return null;
        }

        // The tree's walk visits buttons in document order, by where each begins.
        buttons.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new RenderedQuestionCard(utf8, buttons, string.Join("\n", questionLines));
    }

    private static bool Close(Frame closed, int end, Frame? parent, List<Button> buttons, List<string> questionLines)
    {
        if (closed.IsData)
        {
            if (closed.HasStamp)
            {
                return false;
            }

            parent!.Data = new DataObject(closed.Verb, closed.Value, closed.HasScalarNotText, end);
        }

        if (closed.IsBodyElement && closed.Type == "TextBlock")
        {
            if (closed.HasScalarNotText)
            {
                return false;
            }

            if (!string.IsNullOrEmpty(closed.Text))
            {
                questionLines.Add(closed.Text);
            }
        }

        if (closed.Type is QuestionCardStamps.SubmitAction or QuestionCardStamps.ExecuteAction
            && closed.Data is { } data && ReplyVerbs.IsChoice(data.Verb))
        {
            if (closed.HasScalarNotText || data.HasScalarNotText)
            {
                return false;
            }

            buttons.Add(new Button(closed.Start, data.Value ?? string.Empty, closed.Title ?? data.Value ?? string.Empty, data.End));
        }

        return true;
    }

    private static byte[] StampBytes(string promptId)
    {
        var id = Encoding.UTF8.GetBytes(promptId);
        return [.. StampProperty, .. id, (byte)'"'];
    }

    private sealed record Button(int Start, string Value, string Title, int DataEnd);

    private sealed record DataObject(string? Verb, string? Value, bool HasScalarNotText, int End);

    /// <summary>An object or array open at the reader's position, with what the tree's walk would read of it.</summary>
    private sealed class Frame(bool isObject, int start, bool isData, bool isBodyElement, bool isBody)
    {
        public bool IsObject { get; } = isObject;
        public int Start { get; } = start;
        public bool IsData { get; } = isData;
        public bool IsBodyElement { get; } = isBodyElement;
        public bool IsBody { get; } = isBody;
        public List<string> Names { get; } = [];
        public string? Property { get; set; }
        public string? Type { get; private set; }
        public string? Title { get; private set; }
        public string? Text { get; private set; }
        public string? Verb { get; private set; }
        public string? Value { get; private set; }
        public bool HasStamp { get; private set; }
        public DataObject? Data { get; set; }

        /// <summary>
        /// A title, text or value that is a number or a flag: the walk reads it as its JSON text, which this pass does
        /// not give, so a button or text block holding one is left to the tree.
        /// </summary>
        public bool HasScalarNotText { get; private set; }

        /// <summary>Keeps a scalar the walk reads as text (strings trimmed, as <c>ReplySubmitData.Text</c>; null as nothing).</summary>
        public void Take(string property, ref Utf8JsonReader reader)
        {
            if (IsData && property == QuestionCardStamps.PromptIdField)
            {
                HasStamp = true;
                return;
            }

            if (property is not ("type" or "title" or "text" or ReplySubmitData.VerbKey or ChoiceSetBlock.ValueKey))
            {
                return;
            }

            var text = reader.TokenType == JsonTokenType.String ? reader.GetString()!.Trim() : null;

            // A type or verb that is a number or a flag names no button or text block, as null does.
            HasScalarNotText |= reader.TokenType is JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False
                && property is "title" or "text" or ChoiceSetBlock.ValueKey;
            switch (property)
            {
                case "type":
                    Type = text;
                    break;
                case "title":
                    Title = text;
                    break;
                case "text":
                    Text = text;
                    break;
                case ReplySubmitData.VerbKey:
                    Verb = text;
                    break;
                default:
                    Value = text;
                    break;
            }
        }
    }
}
