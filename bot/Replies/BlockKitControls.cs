using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using static CrossBorderBot.Replies.BlockKitElements;
using static CrossBorderBot.Replies.BlockKitRenderer;

namespace CrossBorderBot.Replies;

/// <summary>
/// The interactive elements of one reply — buttons, drop-downs, form inputs — numbering action ids and keeping block
/// ids unique across all the messages the reply becomes.
/// </summary>
internal sealed class BlockKitControls(ReplyWords words)
{
    private readonly HashSet<string> _blockIds = new(StringComparer.Ordinal);
    private int _actionCount;

    public JObject Button(ReplyAction action) =>
        Button(action.Title, action.Verb, ReplySubmitData.For(action), ReplyMarkdown.IsWebLink(action.Url) ? action.Url : null);

    public JObject Button(string title, string verb, JObject data, string? url)
    {
        var value = data.ToString(Formatting.None);
        if (value.Length > MaxButtonValueChars)
        {
            throw new ArgumentException($"The data of the '{verb}' button is {value.Length} characters; Slack takes at most {MaxButtonValueChars}.", nameof(data));
        }

        var button = new JObject
        {
            ["type"] = "button",
            ["text"] = PlainText(title, MaxButtonTextChars),
            ["action_id"] = NextActionId(verb),
            ["value"] = value,
        };
        if (url is not null)
        {
            button["url"] = url;
        }

        return button;
    }

    /// <summary>A drop-down of the first <paramref name="shown"/> choices, each sending the choice set's submit data.</summary>
    public JObject Select(ChoiceSetBlock choiceSet, IReadOnlyList<ReplyChoice> shown) => new()
    {
        ["type"] = "static_select",
        ["action_id"] = NextActionId(choiceSet.Verb),
        ["placeholder"] = PlainText(words.ChoosePlaceholder, MaxPlaceholderChars),
        ["options"] = new JArray(shown.Select((choice, index) => Option(choice.Title, SelectValue(choiceSet, choice, index)))),
    };

    /// <summary>An <c>input</c> block whose element's <c>action_id</c> is the field id, so its value can be merged like a card's.</summary>
    public JObject Input(FormField field)
    {
        var element = new JObject
        {
            ["type"] = InputType(field.Kind),
            ["action_id"] = Id(field.Id),
        };
        if (field.Kind == FormFieldKind.Number)
        {
            element["is_decimal_allowed"] = true;
        }

        if (field.Kind == FormFieldKind.Choice)
        {
            var choices = (field.Choices ?? []).Take(MaxSelectOptions).ToList();
            element["options"] = new JArray(choices.Select(ChoiceOption));
            if (choices.FirstOrDefault(choice => choice.Value == field.Value) is { } initial)
            {
                element["initial_option"] = ChoiceOption(initial);
            }
        }
        else if (!string.IsNullOrEmpty(field.Value))
        {
            element["initial_value"] = field.Value;
        }

        if (field.PlaceholderOrChoose(words) is { Length: > 0 } placeholder)
        {
            element["placeholder"] = PlainText(placeholder, MaxPlaceholderChars);
        }

        return new JObject
        {
            ["type"] = "input",
            ["block_id"] = UniqueBlockId("input:" + field.Id),
            ["label"] = PlainText(field.Label, MaxLabelChars),
            ["optional"] = !field.Required,
            ["element"] = element,
        };
    }

    private static string InputType(FormFieldKind kind) => kind switch
    {
        FormFieldKind.Number => "number_input",
        FormFieldKind.Choice => "static_select",
        _ => "plain_text_input",
    };

    private static JObject ChoiceOption(ReplyChoice choice) => Option(choice.Title, ReplyMarkdown.Cut(choice.Value, MaxOptionValueChars));

    /// <summary>The option's value is the submit JSON; when that is too long for Slack, the choice's number (prompts accept it).</summary>
    private static string SelectValue(ChoiceSetBlock choiceSet, ReplyChoice choice, int index)
    {
        var value = ReplySubmitData.For(choiceSet, choice).ToString(Formatting.None);
        if (value.Length <= MaxOptionValueChars)
        {
            return value;
        }

        var numbered = new JObject
        {
            [ReplySubmitData.VerbKey] = ReplyMarkdown.Cut(choiceSet.Verb, 100),
            [ChoiceSetBlock.ValueKey] = (index + 1).ToString(CultureInfo.InvariantCulture),
        };
        return numbered.ToString(Formatting.None);
    }

    private string NextActionId(string verb)
    {
        var suffix = ":" + (_actionCount++).ToString(CultureInfo.InvariantCulture);
        return Id(verb, MaxIdChars - suffix.Length) + suffix;
    }

    private string UniqueBlockId(string id)
    {
        var candidate = Id(id);
        for (var suffix = 2; !_blockIds.Add(candidate); suffix++)
        {
            var tail = "_" + suffix.ToString(CultureInfo.InvariantCulture);
            candidate = Id(id, MaxIdChars - tail.Length) + tail;
        }

        return candidate;
    }

    private static string Id(string id, int maxChars = MaxIdChars) => id.Length <= maxChars ? id : id[..maxChars];
}
