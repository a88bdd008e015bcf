using System.Text.Json;
using CrossBorderBot.Json;
using static CrossBorderBot.Replies.AdaptiveCardElements;

namespace CrossBorderBot.Replies;

/// <summary>
/// Choice sets and forms: buttons for short choice sets (and for hosts without inputs), otherwise Adaptive Card inputs
/// whose values the channel merges into the submit data under the input id.
/// </summary>
internal static class AdaptiveCardInputWriter
{
    public static void WriteChoiceSet(ChoiceSetBlock choiceSet, int limit, AdaptiveCardPart part)
    {
        var words = part.Words;
        var writer = part.Writer;
        if (!string.IsNullOrWhiteSpace(choiceSet.Question))
        {
            TextBlock(writer, choiceSet.Question);
            part.EndBody();
        }

        var choices = choiceSet.Choices.Take(limit).ToList();
        if (choiceSet.Choices.Count <= AdaptiveCardRenderer.MaxChoiceButtons || !part.Inputs)
        {
            foreach (var choice in choices)
            {
                StartSubmit(writer, choice.Title);
                ReplySubmitData.Write(writer, choiceSet, choice);
                writer.WriteEndObject();
                part.EndAction();
            }

            part.AddLeftOut(choiceSet.Choices.Count, limit);
            return;
        }

        // A long list reads better as a drop-down. Its value is merged into the submit data under the input id,
        // which is "value" for prompts, so the answer arrives in the same shape as a button's.
        writer.WriteStartObject();
        writer.WriteString("type", "Input.ChoiceSet");
        writer.WriteString("id", UniqueId(choiceSet.InputId, part.InputIds));
        writer.WriteString("style", "compact");
        writer.WriteString("placeholder", words.ChoosePlaceholder);
        writer.WriteBoolean("isRequired", true);
        writer.WriteString("errorMessage", words.ChoosePlaceholder);
        WriteChoices(writer, choices);
        writer.WriteEndObject();
        part.EndBody();
        part.AddLeftOut(choiceSet.Choices.Count, limit);
        StartSubmit(writer, words.Choose);
        writer.WriteStartObject();
        writer.WriteString(ReplySubmitData.VerbKey, choiceSet.Verb);
        writer.WriteEndObject();
        writer.WriteEndObject();
        part.EndAction();
    }

    public static void WriteForm(InputFormBlock form, AdaptiveCardPart part)
    {
        part.AddTitle(form.Title);
        foreach (var field in form.Fields)
        {
            WriteInput(field, part);
            part.EndBody();
        }

        StartSubmit(part.Writer, form.Submit.Title);
        ReplySubmitData.Write(part.Writer, form.Submit);
        part.Writer.WriteEndObject();
        part.EndAction();
    }

    private static void WriteInput(FormField field, AdaptiveCardPart part)
    {
        var writer = part.Writer;
        writer.WriteStartObject();
        writer.WriteString("type", InputType(field.Kind));
        writer.WriteString("id", UniqueId(field.Id, part.InputIds));
        writer.WriteString("label", field.Label);
        if (field.Kind == FormFieldKind.Choice)
        {
            writer.WriteString("style", "compact");
            WriteChoices(writer, field.Choices ?? []);
        }

        if (field.PlaceholderOrChoose(part.Words) is { Length: > 0 } placeholder)
        {
            writer.WriteString("placeholder", placeholder);
        }

        if (field.Value is not null)
        {
            writer.WritePropertyName("value");
            if (field.Kind == FormFieldKind.Number && decimal.TryParse(field.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
            {
                // A number as Json.NET writes a decimal (always with a decimal point).
                JTokenUtf8.TryWriteScalar(writer, number);
            }
            else
            {
                writer.WriteStringValue(field.Value);
            }
        }

        if (field.Required)
        {
            writer.WriteBoolean("isRequired", true);
            writer.WriteString("errorMessage", field.Label + " (" + part.Words.Required + ")");
        }

        writer.WriteEndObject();
    }

    private static void WriteChoices(Utf8JsonWriter writer, IEnumerable<ReplyChoice> choices)
    {
        writer.WriteStartArray("choices");
        foreach (var choice in choices)
        {
            Choice(writer, choice);
        }

        writer.WriteEndArray();
    }

    private static string InputType(FormFieldKind kind) => kind switch
    {
        FormFieldKind.Number => "Input.Number",
        FormFieldKind.Choice => "Input.ChoiceSet",
        _ => "Input.Text",
    };
}
