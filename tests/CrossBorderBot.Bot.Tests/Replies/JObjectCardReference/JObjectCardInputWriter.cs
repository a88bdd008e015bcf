using System.Globalization;
using Newtonsoft.Json.Linq;
using CrossBorderBot.Replies;
using static CrossBorderBot.Tests.Replies.JObjectCardReference.JObjectCardElements;

namespace CrossBorderBot.Tests.Replies.JObjectCardReference;

/// <summary>
/// Choice sets and forms: buttons for short choice sets (and for hosts without inputs), otherwise Adaptive Card inputs
/// whose values the channel merges into the submit data under the input id.
/// </summary>
internal static class JObjectCardInputWriter
{
    public static void WriteChoiceSet(ChoiceSetBlock choiceSet, int limit, JObjectCardPart part)
    {
        var words = part.Words;
        if (!string.IsNullOrWhiteSpace(choiceSet.Question))
        {
            part.Body.Add(TextBlock(choiceSet.Question));
        }

        var choices = choiceSet.Choices.Take(limit).ToList();
        if (choiceSet.Choices.Count <= JObjectCardRenderer.MaxChoiceButtons || !part.Inputs)
        {
            foreach (var choice in choices)
            {
                part.Actions.Add(Submit(choice.Title, ReplySubmitData.For(choiceSet, choice)));
            }

            part.AddLeftOut(choiceSet.Choices.Count, limit);
            return;
        }

        // A long list reads better as a drop-down. Its value is merged into the submit data under the input id,
        // which is "value" for prompts, so the answer arrives in the same shape as a button's.
        part.Body.Add(new JObject
        {
            ["type"] = "Input.ChoiceSet",
            ["id"] = UniqueId(choiceSet.InputId, part.InputIds),
            ["style"] = "compact",
            ["placeholder"] = words.ChoosePlaceholder,
            ["isRequired"] = true,
            ["errorMessage"] = words.ChoosePlaceholder,
            ["choices"] = new JArray(choices.Select(Choice)),
        });
        part.AddLeftOut(choiceSet.Choices.Count, limit);
        part.Actions.Add(Submit(words.Choose, new JObject { [ReplySubmitData.VerbKey] = choiceSet.Verb }));
    }

    public static void WriteForm(InputFormBlock form, JObjectCardPart part)
    {
        part.AddTitle(form.Title);
        foreach (var field in form.Fields)
        {
            part.Body.Add(Input(field, part));
        }

        part.Actions.Add(Submit(form.Submit.Title, ReplySubmitData.For(form.Submit)));
    }

    private static JObject Input(FormField field, JObjectCardPart part)
    {
        var input = new JObject
        {
            ["type"] = InputType(field.Kind),
            ["id"] = UniqueId(field.Id, part.InputIds),
            ["label"] = field.Label,
        };
        if (field.Kind == FormFieldKind.Choice)
        {
            input["style"] = "compact";
            input["choices"] = new JArray((field.Choices ?? []).Select(Choice));
        }

        if (field.PlaceholderOrChoose(part.Words) is { Length: > 0 } placeholder)
        {
            input["placeholder"] = placeholder;
        }

        if (field.Value is not null)
        {
            input["value"] = field.Kind == FormFieldKind.Number && decimal.TryParse(field.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
                ? new JValue(number)
                : new JValue(field.Value);
        }

        if (field.Required)
        {
            input["isRequired"] = true;
            input["errorMessage"] = field.Label + " (" + part.Words.Required + ")";
        }

        return input;
    }

    private static string InputType(FormFieldKind kind) => kind switch
    {
        FormFieldKind.Number => "Input.Number",
        FormFieldKind.Choice => "Input.ChoiceSet",
        _ => "Input.Text",
    };
}
