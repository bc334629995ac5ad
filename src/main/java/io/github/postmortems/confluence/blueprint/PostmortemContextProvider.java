package io.github.postmortems.confluence.blueprint;

import com.atlassian.confluence.plugins.createcontent.api.contextproviders.AbstractBlueprintContextProvider;
import com.atlassian.confluence.plugins.createcontent.api.contextproviders.BlueprintContext;
import io.github.postmortems.blueprint.CurrentUser;
import io.github.postmortems.blueprint.DraftedPrints;
import io.github.postmortems.blueprint.DraftedResponders;
import io.github.postmortems.blueprint.DraftedRows;
import io.github.postmortems.blueprint.WizardField;
import io.github.postmortems.blueprint.NewPostmortem;
import io.github.postmortems.blueprint.PostmortemPage;
import io.github.postmortems.blueprint.WizardInput;
import io.github.postmortems.blueprint.WizardValidation;
import io.github.postmortems.blueprint.WizardValidator;
import io.github.postmortems.postmortem.SeverityScale;
import io.github.postmortems.text.Messages;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the postmortem wizard's values into the page template's variables and the page title. Values the wizard
 * should not have let through (a client that skipped its checks) are refused with {@link InvalidWizardInput}, so no
 * page is created; Confluence reports the failure in the Create dialog.
 */
public class PostmortemContextProvider extends AbstractBlueprintContextProvider {

    private final CurrentUser currentUser;
    private final Messages messages;
    private final WizardValidator validator = new WizardValidator(SeverityScale.defaults());

    @SuppressWarnings("deprecation") // the host's no-argument constructor; the helper it would take is unused here
    public PostmortemContextProvider(CurrentUser currentUser, Messages messages) {
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @Override
    protected BlueprintContext updateBlueprintContext(BlueprintContext context) {
        WizardValidation validation = validator.validate(WizardInput.fromForm(context.getMap()));
        if (validation instanceof WizardValidation.Invalid invalid) {
            throw new InvalidWizardInput(invalid.errors(), messages);
        }
        NewPostmortem postmortem = ((WizardValidation.Valid) validation).postmortem();
        Object field = context.getMap().get(DraftedRows.FORM_NAME);
        DraftedRows.Decoded drafted = DraftedRows.decode(field == null ? null : field.toString());
        if (drafted instanceof DraftedRows.Decoded.Refused refused) {
            // Not what the dialog sends: nothing is created, and the person is told beside the incident field.
            throw new InvalidWizardInput(Map.of(WizardField.INCIDENT_KEY, DraftedRows.UNREADABLE), messages);
        }
        List<DraftedRows.Chosen> rows = ((DraftedRows.Decoded.Rows) drafted).rows();
        Object people = context.getMap().get(DraftedResponders.FORM_NAME);
        Optional<List<String>> responders = DraftedResponders.decode(people == null ? null : people.toString());
        if (responders.isEmpty()) {
            throw new InvalidWizardInput(Map.of(WizardField.INCIDENT_KEY, DraftedRows.UNREADABLE), messages);
        }
        PostmortemPage.variables(postmortem, currentUser.get(), messages, rows, responders.get())
                .forEach(context::put);
        // What was drafted, for the page-created event to remember once the page has an id.
        context.put(DraftedPrints.CONTEXT_KEY, DraftedPrints.encode(rows.isEmpty() ? Map.of()
                : DraftedPrints.of(rows, postmortem.zone(), messages)));
        context.setTitle(PostmortemPage.title(postmortem));
        return context;
    }
}
