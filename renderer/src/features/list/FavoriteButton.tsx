import FavoriteIcon from '@mui/icons-material/Favorite';
import FavoriteBorderIcon from '@mui/icons-material/FavoriteBorder';
import IconButton from '@mui/material/IconButton';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/baseQuery';
import { useSetFavoriteMutation } from '../../api/workspaceApi';
import { useAppDispatch } from '../../app/hooks';
import { showNotice } from '../../app/workspaceSlice';

type Props = { id: string; favorite: boolean; size?: 'small' | 'medium' };

/**
 * One click adds, the next removes. The heart flips at once (optimistic); a refusal flips it back and
 * says why. The click stays on the button: it does not also select the row under it.
 */
export function FavoriteButton({ id, favorite, size = 'small' }: Props) {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  const [setFavorite] = useSetFavoriteMutation();
  const toggle = () => {
    setFavorite({ id, favorite: !favorite })
      .unwrap()
      .then(() => favorite && dispatch(showNotice({ message: t('favorite.removed'), undo: { kind: 'favorite', id, favorite: true } })))
      .catch((error: unknown) => dispatch(showNotice({ message: errorMessage(error), severity: 'error' })));
  };
  return (
    <IconButton
      size={size}
      aria-label={favorite ? t('favorite.remove') : t('favorite.add')}
      onClick={(event) => {
        event.stopPropagation();
        toggle();
      }}
      onKeyDown={(event) => event.stopPropagation()}
      sx={{ color: favorite ? 'error.main' : 'action.active' }}
    >
      {favorite ? <FavoriteIcon fontSize="small" /> : <FavoriteBorderIcon fontSize="small" />}
    </IconButton>
  );
}
