/**
 * A modal form: a button opens it, focus moves into it and returns to the button on close (react-aria),
 * Escape cancels. `onSubmit` answers the lines to announce when it fails, or null to close.
 */
import { useRef, useState, type ReactNode } from 'react';
import { Button, Dialog, DialogTrigger, Form, Heading, Modal } from 'react-aria-components';
import { Announcer, type Outcome } from './Announcer.tsx';

export function FormDialog({
  trigger,
  title,
  submitLabel,
  onSubmit,
  children,
}: {
  trigger: string;
  title: string;
  submitLabel: string;
  onSubmit: () => Promise<Outcome>;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  // The disabled button stops a second press; this stops a second Enter before the button has re-rendered.
  const sending = useRef(false);
  return (
    <DialogTrigger
      isOpen={open}
      onOpenChange={(o) => {
        setOpen(o);
        setOutcome(null);
      }}
    >
      <Button>{trigger}</Button>
      <Modal isDismissable className="modal">
        <Dialog className="dialog">
          <Form
            className="stack"
            onSubmit={async (e) => {
              e.preventDefault();
              if (sending.current) return;
              sending.current = true;
              setBusy(true);
              try {
                const failed = await onSubmit();
                if (failed) setOutcome(failed);
                else setOpen(false);
              } finally {
                sending.current = false;
                setBusy(false);
              }
            }}
          >
            <Heading slot="title">{title}</Heading>
            {children}
            <Announcer outcome={outcome} />
            <div className="button-row">
              <Button type="submit" className="react-aria-Button primary" isDisabled={busy}>
                {submitLabel}
              </Button>
              <Button slot="close">Cancel</Button>
            </div>
          </Form>
        </Dialog>
      </Modal>
    </DialogTrigger>
  );
}
