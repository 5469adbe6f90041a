import type { Attachment } from '@shared/schema/attachment.schema';
import { useLocalPicture } from '../attachments/use-attachments';
import { pictureLabel } from '../attachments/picture-words';

/** A photo or signature in a printed report, with its caption; one this device has not downloaded yet says so. */
export function ReportPicture({ attachment }: { attachment: Attachment }) {
  const { url } = useLocalPicture(attachment);
  const label = pictureLabel(attachment);
  return (
    <figure>
      {url ? <img src={url} alt={label} /> : <span>{label} (not on this device yet)</span>}
      <figcaption>{label}</figcaption>
    </figure>
  );
}
