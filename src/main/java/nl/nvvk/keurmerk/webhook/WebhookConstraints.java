package nl.nvvk.keurmerk.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.nvvk.keurmerk.shared.error.ConstraintMeaning;

/** What the webhook tables' constraints mean to a client (V19__webhooks.sql). */
@ApplicationScoped
class WebhookConstraints implements ConstraintMeaning.Catalogue {

    @Override
    public List<ConstraintMeaning> meanings() {
        return List.of(
                new ConstraintMeaning("webhook_subscription_owner_kind_check", "ownerKind", "is NVVK, a certifying body or a member organisation"),
                new ConstraintMeaning("webhook_subscription_owner_tenant", "owner", "a body's or organisation's subscription names it; NVVK's none"),
                new ConstraintMeaning("webhook_subscription_paused_why", "pauseReason", "a paused subscription says why, and only a paused one"),
                new ConstraintMeaning("webhook_delivery_subscription_id_fkey", "id", "is not a subscription"),
                new ConstraintMeaning("webhook_delivery_event_id_fkey", "event", "is not an event"),
                new ConstraintMeaning("webhook_delivery_status_check", "status", "is PENDING, DELIVERED or FAILED"),
                new ConstraintMeaning("webhook_delivery_once", "event", "is delivered to this subscription already"));
    }
}
