using System.Text.Json;

namespace CrossBorderBot.Replies;

/// <summary>
/// What one reply block renders to: card body elements and the buttons it wants in an action bar, each one JSON value
/// in the card's buffer. The renderer decides where the buttons go and measures parts to know which block to shorten.
/// A writer writes one element or button with <see cref="Writer"/> and ends it with <see cref="EndBody"/> or
/// <see cref="EndAction"/>.
/// </summary>
internal sealed class AdaptiveCardPart(AdaptiveCardBuffer buffer, ReplyWords words, bool inputs, HashSet<string> inputIds)
{
    private readonly List<Range> _body = [];
    private readonly List<Range> _actions = [];

    public IReadOnlyList<Range> Body => _body;

    public IReadOnlyList<Range> Actions => _actions;

    public Utf8JsonWriter Writer => buffer.Writer;

    public ReplyWords Words { get; } = words;

    /// <summary>False for hosts that cannot fill in inputs (the terminal).</summary>
    public bool Inputs { get; } = inputs;

    /// <summary>The ids already taken by inputs of this card.</summary>
    public HashSet<string> InputIds { get; } = inputIds;

    /// <summary>Ends the body element just written.</summary>
    public void EndBody() => _body.Add(buffer.Take());

    /// <summary>Ends the button just written.</summary>
    public void EndAction() => _actions.Add(buffer.Take());

    public ReadOnlySpan<byte> Bytes(Range element) => buffer[element];

    /// <summary>The compact UTF-8 size of the part's elements and buttons.</summary>
    public int ByteSize()
    {
        var size = 0;
        foreach (var element in _body)
        {
            size += Length(element);
        }

        foreach (var action in _actions)
        {
            size += Length(action);
        }

        return size;
    }

    /// <summary>A bold line over a block's content, when the block has a title.</summary>
    public void AddTitle(string? title)
    {
        if (!string.IsNullOrWhiteSpace(title))
        {
            AdaptiveCardElements.StartTextBlock(Writer, title);
            Writer.WriteString("weight", "Bolder");
            Writer.WriteEndObject();
            EndBody();
        }
    }

    /// <summary>The "…and N more" line for the items a size limit left out.</summary>
    public void AddLeftOut(int count, int limit)
    {
        if (count > limit)
        {
            AdaptiveCardElements.Subtle(Writer, Words.AndMore(count - limit));
            EndBody();
        }
    }

    private static int Length(Range range) => range.End.Value - range.Start.Value;
}
